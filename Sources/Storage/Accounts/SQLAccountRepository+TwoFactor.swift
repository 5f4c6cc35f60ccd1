import Foundation
import SQLKit

extension SQLAccountRepository {
    func twoFactorSecret(for username: String) async throws -> TwoFactorSecret? {
        let row = try await connection.run("read the two-factor secret") { db in
            try await db.select().columns("totp_secret", "totp_last_step").from("accounts")
                .where("username", .equal, username).first()
        }
        guard let row, let secret = try row.optionalText("totp_secret") else { return nil }
        return TwoFactorSecret(
            secret: secret,
            lastStep: try row.decodeNil(column: "totp_last_step")
                ? nil : try row.decode(column: "totp_last_step", as: Int64.self))
    }

    func setTwoFactor(secret: String?, recoveryCodeHashes: [String], for username: String) async throws {
        try await update(username, "set up two-factor sign-in") { db in
            try await db.update("accounts").set("totp_secret", to: SQLBind(secret))
                .set("totp_last_step", to: SQLLiteral.null).where("username", .equal, username).run()
            try await db.delete(from: "recovery_codes").where("username", .equal, username).run()
            for hash in recoveryCodeHashes {
                try await db.insert(into: "recovery_codes").columns("username", "code_hash")
                    .values(SQLBind(username), SQLBind(hash)).run()
            }
            try await db.delete(from: "sessions").where("username", .equal, username).run()
        }
    }

    /// One conditional UPDATE: of two sign-ins racing with the same code, one moves the step on and the
    /// other finds it already there.
    func acceptTwoFactorStep(_ step: Int64, for username: String) async throws -> Bool {
        let row = try await connection.run("accept a two-factor code") { db in
            try await db.raw(
                """
                UPDATE accounts SET totp_last_step = \(bind: step)
                WHERE username = \(bind: username) AND totp_secret IS NOT NULL
                AND (totp_last_step IS NULL OR totp_last_step < \(bind: step))
                RETURNING username
                """
            ).first()
        }
        return row != nil
    }

    func useRecoveryCode(hash: String, for username: String, at time: Date) async throws -> Bool {
        let row = try await connection.run("use a recovery code") { db in
            try await db.raw(
                """
                UPDATE recovery_codes SET used_at = \(bind: time.storedSeconds)
                WHERE username = \(bind: username) AND code_hash = \(bind: hash) AND used_at IS NULL
                RETURNING username
                """
            ).first()
        }
        return row != nil
    }

    func unusedRecoveryCodes(for username: String) async throws -> Int {
        let row = try await connection.run("count recovery codes") { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("recovery_codes")
                .where("username", .equal, username).where("used_at", .is, SQLLiteral.null).first()
        }
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
