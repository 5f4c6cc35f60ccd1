import SQLKit

extension Migration {
    /// Version 14: uploads read and checked but not yet confirmed, waiting for the person who sent them to say
    /// "replace" after seeing what would change. In the database, not in one process's memory, so the
    /// confirmation can reach any Hearth process serving it; found by the hash of a one-time token.
    static let pendingImports = Migration(version: 14, name: "uploads waiting for confirmation") { db in
        try await db.create(table: "pending_imports")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("username", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("payload_json", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
    }
}
