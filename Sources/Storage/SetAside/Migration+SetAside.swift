import SQLKit

extension Migration {
    /// Version 12: rows of SSDA903 returns that imports set aside (`--set-aside-invalid`) for the council to
    /// correct at source, until a later import supplies them. `file_name` is the file's own name, so a return
    /// brought again from another folder is still recognised.
    static let setAside = Migration(version: 12, name: "set-aside rows of returns") { db in
        try await db.create(table: "set_aside_rows")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("authority", type: .text, .notNull)
            .column("return_year", type: .int)
            .column("file", type: .text, .notNull)
            .column("file_name", type: .text, .notNull)
            .column("row_number", type: .int, .notNull)
            .column("field", type: .text)
            .column("rule", type: .text, .notNull)
            .column("child_id", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("start", type: .text)
            .column("set_aside_at", type: .bigint, .notNull)
            .run()
        try await db.create(index: "set_aside_by_child").on("set_aside_rows").column("authority").column("child_id")
            .run()
    }
}
