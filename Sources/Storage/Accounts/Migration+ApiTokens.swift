import SQLKit

extension Migration {
    /// Version 4: API tokens for programs that read the JSON API (Power BI and other tools).
    ///
    /// Only the SHA-256 hash of a token is stored, unique so a token finds exactly one row. Revoked tokens
    /// are kept (with the time) so `hearth token list` and the audit log still make sense.
    static let apiTokens = Migration(version: 4, name: "API tokens") { db in
        try await db.create(table: "api_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("username", type: .text, .notNull, .references("accounts", "username", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("created_at", type: .bigint, .notNull)
            .column("last_used_at", type: .bigint)
            .column("revoked_at", type: .bigint)
            .run()
    }
}
