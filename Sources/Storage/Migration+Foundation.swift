import SQLKit

extension Migration {
    /// Version 1: children's SSDA903 headers and episodes, and the import runs that wrote them.
    ///
    /// Dates are ISO `YYYY-MM-DD` text on both databases, so they sort correctly and read plainly.
    /// Codes are stored exactly as the return writes them. The primary keys serve the queries: histories
    /// read children and episodes in key order, and replacing a child deletes by key.
    static let foundation = Migration(version: 1, name: "children, episodes and import runs") { db in
        try await createInKeyOrder(
            db.create(table: "children")
                .column("authority", type: .text, .notNull)
                .column("child_id", type: .text, .notNull)
                .column("sex", type: .text, .notNull)
                .column("dob", type: .text, .notNull)
                .column("ethnicity", type: .text)
                .column("upn", type: .text)
                .column("is_mother", type: .int)
                .column("mc_dob", type: .text)
                .primaryKey("authority", "child_id"), db)
        try await createEpisodes(db)
        try await db.create(table: "import_runs")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("imported_at", type: .text, .notNull)
            .column("report_json", type: .text, .notNull)
            .run()
    }

    private static func createEpisodes(_ db: any SQLDatabase) async throws {
        try await createInKeyOrder(
            db.create(table: "episodes")
                .column("authority", type: .text, .notNull)
                .column("child_id", type: .text, .notNull)
                .column("decom", type: .text, .notNull)
                .column("rne", type: .text, .notNull)
                .column("ls", type: .text, .notNull)
                .column("cin", type: .text)
                .column("place", type: .text, .notNull)
                .column("place_provider", type: .text)
                .column("dec", type: .text)
                .column("rec", type: .text)
                .column("reason_place_change", type: .text)
                .column("home_post", type: .text)
                .column("pl_post", type: .text)
                .column("urn", type: .text)
                .primaryKey("authority", "child_id", "decom")
                .foreignKey(
                    ["authority", "child_id"], references: "children", ["authority", "child_id"],
                    onDelete: .cascade),
            db)
    }

    /// Creates the table; on SQLite as a WITHOUT ROWID table, which keeps the rows in primary-key order in
    /// one b-tree instead of a table plus a key index: imports write half as much and histories are read
    /// in one sequential pass. PostgreSQL has no such option and needs none.
    static func createInKeyOrder(_ table: SQLCreateTableBuilder, _ db: any SQLDatabase) async throws {
        if db.dialect.name == "sqlite" {
            try await db.raw("\(table.query) WITHOUT ROWID").run()
        } else {
            try await table.run()
        }
    }
}
