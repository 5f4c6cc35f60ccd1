import SQLKit

extension Migration {
    /// Version 6: one number that every write of care records, costs, budgets or closed months adds one to,
    /// in the same transaction, so a reader can tell in one small query whether what it loaded before is
    /// still what the database holds (see `DataVersion`, `CachedCareRecordRepository`).
    static let dataVersion = Migration(version: 6, name: "data version") { db in
        try await db.create(table: "data_version")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
        try await db.insert(into: "data_version").columns("id", "version").values(
            SQLLiteral.numeric("1"), SQLLiteral.numeric("0")
        ).run()
    }
}
