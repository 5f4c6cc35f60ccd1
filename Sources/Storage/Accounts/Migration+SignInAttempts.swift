import SQLKit

extension Migration {
    /// Version 8: sign-in attempts counted per client address and per username at an address, replacing
    /// the count per username alone — with which anyone could lock a colleague out, and parallel attempts
    /// all read the same count before any wrote it. `scope` says which kind of count a row is ("address" or
    /// "account"); an address count's username is empty.
    static let signInAttempts = Migration(version: 8, name: "sign-in attempts per address and per account") { db in
        try await db.drop(table: "login_failures").run()
        try await db.create(table: "sign_in_attempts")
            .column("scope", type: .text, .notNull)
            .column("username", type: .text, .notNull)
            .column("ip_address", type: .text, .notNull)
            .column("attempts", type: .int, .notNull)
            .column("last_attempt_at", type: .bigint, .notNull)
            .primaryKey("scope", "username", "ip_address")
            .run()
    }
}
