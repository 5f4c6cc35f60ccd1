import SQLKit

extension Migration {
    /// Version 19: the council's saved scenarios, numbered by the database (as API tokens and import versions
    /// are), each named uniquely within its authority — the unique key saving a scenario again upserts on.
    ///
    /// The definition is the scenario's JSON as the caller wrote it; the time whole seconds since 1970. The
    /// table is a rowid table on SQLite (an autoincrement key cannot be WITHOUT ROWID); the unique key serves
    /// reads by authority.
    static let scenarios = Migration(version: 19, name: "saved scenarios") { db in
        try await db.create(table: "scenarios")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("authority", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("owner", type: .text, .notNull)
            .column("saved_at", type: .bigint, .notNull)
            .column("definition", type: .text, .notNull)
            .unique("authority", "name")
            .run()
    }
}
