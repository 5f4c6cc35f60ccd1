import SQLKit

extension Migration {
    /// Version 11: two-factor sign-in. `accounts.totp_secret` is the authenticator app's shared secret (NULL:
    /// the account signs in with its password alone) and `totp_last_step` the 30-second step of the last code
    /// accepted, so a code seen over someone's shoulder cannot be used again. `recovery_codes` keeps only the
    /// SHA-256 of each one-off recovery code. A session `awaiting_second_factor` opens no page but the code's.
    static let twoFactor = Migration(version: 11, name: "two-factor sign-in") { db in
        try await db.alter(table: "accounts").column("totp_secret", type: .text).run()
        try await db.alter(table: "accounts").column("totp_last_step", type: .bigint).run()
        try await db.alter(table: "sessions")
            .column("awaiting_second_factor", type: .int, .notNull, .default(0)).run()
        try await db.create(table: "recovery_codes")
            .column("username", type: .text, .notNull, .references("accounts", "username", onDelete: .cascade))
            .column("code_hash", type: .text, .notNull)
            .column("used_at", type: .bigint)
            .primaryKey("username", "code_hash")
            .run()
    }
}
