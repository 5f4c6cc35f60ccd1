import SQLKit

extension Migration {
    /// Version 13: every import as a version that can be undone. `import_versions` says what it was and when;
    /// `import_version_before` keeps, per thing it replaced (a child's history, an authority's costs register,
    /// a year's budget), that thing as it was before, as JSON — NULL when it did not exist — so undo puts back
    /// exactly what was there. Imports made before this version cannot be undone.
    static let importVersions = Migration(version: 13, name: "import versions for undo") { db in
        try await db.create(table: "import_versions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("kind", type: .text, .notNull)
            .column("authorities", type: .text, .notNull)
            .column("run_id", type: .bigint)
            .column("imported_at", type: .bigint, .notNull)
            .column("summary", type: .text, .notNull)
            .column("undone_at", type: .bigint)
            .run()
        try await db.create(table: "import_version_before")
            .column("version_id", type: .bigint, .notNull, .references("import_versions", "id", onDelete: .cascade))
            .column("authority", type: .text, .notNull)
            .column("item", type: .text, .notNull)
            .column("before_json", type: .text)
            .primaryKey("version_id", "authority", "item")
            .run()
        try await db.create(index: "import_version_before_by_item").on("import_version_before")
            .column("authority").column("item").run()
    }
}
