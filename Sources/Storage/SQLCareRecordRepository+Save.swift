import CareModel
import Foundation
import SQLKit

extension SQLCareRecordRepository {
    /// SQLite accepts at most 32,766 bound values in one statement (PostgreSQL 65,535), so rows are
    /// inserted in batches that stay under the smaller limit.
    static let maximumBindings = 32_766

    func saveImport(_ changed: [ChildHistory], report: ImportReport, importedAt: Date) async throws -> Int {
        let reportJSON = try Self.json(report)
        // Built before the transaction so the connection is held only for the database's own work.
        let (keys, children, episodes) = (changed.map(\.key), Self.childValues(changed), Self.episodeValues(changed))
        do {
            return try await connection.transaction { db in
                try await Self.delete(keys, db)
                try await Self.insert(into: "children", Child.columns, values: children, db)
                try await Self.insert(into: "episodes", Episode.columns, values: episodes, db)
                try await DataVersion.bump(db)
                return try await Self.recordRun(importedAt: importedAt, reportJSON: reportJSON, db)
            }
        } catch {
            throw StorageError.saveFailed(reason: StorageError.reason(error))
        }
    }

    static func childValues(_ histories: [ChildHistory]) -> [StoredValue] {
        var values: [StoredValue] = []
        values.reserveCapacity(histories.count * Child.columns.count)
        for history in histories { history.child.appendRow(authority: history.authority, to: &values) }
        return values
    }

    static func episodeValues(_ histories: [ChildHistory]) -> [StoredValue] {
        var values: [StoredValue] = []
        values.reserveCapacity(histories.reduce(0) { $0 + $1.episodes.count } * Episode.columns.count)
        for history in histories {
            for episode in history.episodes {
                episode.appendRow(authority: history.authority, child: history.child.id, to: &values)
            }
        }
        return values
    }

    /// Deletes these children; their episodes go with them (ON DELETE CASCADE).
    static func delete(_ keys: [ChildKey], _ db: any SQLDatabase) async throws {
        let byAuthority = Dictionary(grouping: keys, by: \.authority)
        for authority in byAuthority.keys.sorted() {
            let ids = byAuthority[authority]!.map(\.child)
            for start in stride(from: 0, to: ids.count, by: maximumBindings - 1) {
                let batch = Array(ids[start..<min(start + maximumBindings - 1, ids.count)])
                try await db.delete(from: "children")
                    .where("authority", .equal, authority)
                    .where("child_id", .in, batch)
                    .run()
            }
        }
    }

    /// Multi-row INSERTs of `values` (row after row, each in `columns` order), in as few statements as
    /// the bind limit allows.
    static func insert(
        into table: String, _ columns: [String], values: [StoredValue],
        _ db: any SQLDatabase
    ) async throws {
        let perStatement = maximumBindings / columns.count * columns.count
        for start in stride(from: 0, to: values.count, by: perStatement) {
            let end = min(start + perStatement, values.count)
            let rows = StoredRows(columnCount: columns.count, values: values[start..<end])
            try await db.raw("INSERT INTO \(ident: table) (\(idents: columns, joinedBy: ", ")) VALUES \(rows)").run()
        }
    }

    static func recordRun(importedAt: Date, reportJSON: String, _ db: any SQLDatabase) async throws -> Int {
        let row = try await db.insert(into: "import_runs")
            .columns("imported_at", "report_json")
            .values(SQLBind(importedAt.ISO8601Format()), SQLBind(reportJSON))
            .returning("id")
            .first()
        guard let row else { throw StorageError.saveFailed(reason: "the database did not return the import's id") }
        return try row.decode(column: "id", as: Int.self)
    }
}
