import SQLKit

/// The number in `data_version`: it changes whenever the records the pages are built from change, by
/// this process or any other (a `hearth import` while `hearth serve` runs).
enum DataVersion {
    /// Adds one; called inside the transaction of every write it guards.
    static func bump(_ db: any SQLDatabase) async throws {
        try await db.raw("UPDATE data_version SET version = version + 1 WHERE id = 1").run()
    }

    static func read(_ db: any SQLDatabase) async throws -> Int64 {
        let row = try await db.select().column("version").from("data_version").where("id", .equal, 1).first()
        return try row?.decode(column: "version", as: Int64.self) ?? 0
    }
}
