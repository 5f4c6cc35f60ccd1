import Foundation
import SQLKit

extension SQLAccountRepository {
    /// One statement that inserts or increments the count and returns it: SQLite and PostgreSQL both run
    /// an upsert as a single atomic write, so forty parallel attempts get forty different numbers and no
    /// two of them can both read "4 so far" (the race the per-username table had).
    func countSignInAttempt(_ counter: SignInCounter, at time: Date, startingAgainBefore windowStart: Date)
        async throws -> Int
    {
        let key = counter.key
        let row = try await connection.run("count a sign-in attempt") { db in
            try await db.raw(
                """
                INSERT INTO sign_in_attempts (scope, username, ip_address, attempts, last_attempt_at)
                VALUES (\(bind: key.scope), \(bind: key.username), \(bind: key.address), 1, \(bind: time.storedSeconds))
                ON CONFLICT (scope, username, ip_address) DO UPDATE SET
                attempts = CASE WHEN sign_in_attempts.last_attempt_at <= \(bind: windowStart.storedSeconds) THEN 1
                    ELSE sign_in_attempts.attempts + 1 END,
                last_attempt_at = excluded.last_attempt_at
                RETURNING attempts
                """
            ).first()
        }
        guard let row else {
            throw StorageError.queryFailed(action: "count a sign-in attempt", reason: "no count came back")
        }
        return try row.decode(column: "attempts", as: Int.self)
    }

    func discountSignInAttempt(_ counter: SignInCounter) async throws {
        let key = counter.key
        try await connection.run("discount a sign-in attempt") { db in
            try await db.raw(
                """
                UPDATE sign_in_attempts SET attempts = attempts - 1
                WHERE scope = \(bind: key.scope) AND username = \(bind: key.username)
                AND ip_address = \(bind: key.address) AND attempts > 0
                """
            ).run()
        }
    }

    func forgetSignInAttempts(_ counter: SignInCounter) async throws {
        let key = counter.key
        try await connection.run("forget sign-in attempts") { db in
            try await db.delete(from: "sign_in_attempts").where("scope", .equal, key.scope)
                .where("username", .equal, key.username).where("ip_address", .equal, key.address).run()
        }
    }

    func forgetSignInAttempts(username: String) async throws {
        try await connection.run("forget sign-in attempts") { db in
            try await db.delete(from: "sign_in_attempts").where("scope", .equal, "account")
                .where("username", .equal, username).run()
        }
    }
}
