import CareModel
import Foundation
import SQLKit

extension SQLCareRecordRepository {
    func mergeImport(
        authorities: Set<AuthorityCode>, importedAt: Date, setAside: SetAsideUpdate,
        merge: @escaping @Sendable ([ChildHistory]) -> (changed: [ChildHistory], report: ImportReport)
    )
        async throws -> (id: Int?, report: ImportReport)
    {
        do {
            return try await connection.transaction { db in
                try await Self.keepOtherImportsOut(db)
                let existing = try await histories(authorities: authorities, db)
                let (changed, report) = merge(existing)
                try await Self.save(setAside, at: importedAt, db)
                guard !changed.isEmpty else { return (nil, report) }
                try await Self.delete(changed.map(\.key), db)
                try await Self.insert(into: "children", Child.columns, values: Self.childValues(changed), db)
                try await Self.insert(into: "episodes", Episode.columns, values: Self.episodeValues(changed), db)
                try await DataVersion.bump(db)
                let run = try await Self.recordRun(importedAt: importedAt, reportJSON: try Self.json(report), db)
                try await Self.recordVersion(run: run, authorities: authorities, existing, changed, importedAt, db)
                return (run, report)
            }
        } catch {
            throw StorageError.saveFailed(reason: StorageError.reason(error))
        }
    }

    /// The import as a version that can be undone: each changed child's history as it was (none for a new one).
    static func recordVersion(
        run: Int, authorities: Set<AuthorityCode>, _ existing: [ChildHistory], _ changed: [ChildHistory],
        _ importedAt: Date, _ db: any SQLDatabase
    ) async throws {
        let byKey = Dictionary(existing.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let before = try changed.map { ($0.key.authority, $0.key.child, try byKey[$0.key].map(SQLImportVersions.json)) }
        try await SQLImportVersions.record(
            .ssda903, authorities: authorities.sorted(), at: importedAt, runID: run,
            summary: "SSDA903 import \(run): \(changed.count) children created or changed", before: before, db)
    }

    /// The stored histories of these authorities, read inside the caller's transaction.
    func histories(authorities: Set<AuthorityCode>, _ db: any SQLDatabase) async throws -> [ChildHistory] {
        guard !authorities.isEmpty else { return [] }
        let children = try await select(Child.columns, from: "children", authorities: authorities, db).all()
        let episodes = try await select(Episode.columns, from: "episodes", authorities: authorities, db).orderBy(
            "decom"
        ).all()
        return try Self.group(children: children, episodes: episodes).sorted { $0.key < $1.key }
    }

    /// Waits until no other import is between its read and its commit. On PostgreSQL a transaction-scoped
    /// advisory lock (released at COMMIT or ROLLBACK); SQLite transactions already hold the write lock from
    /// their start (`Connection.transaction`), so another process's import waits there.
    static func keepOtherImportsOut(_ db: any SQLDatabase) async throws {
        guard db.dialect.name == "postgresql" else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(\(literal: importLockKey))").run()
    }

    /// Any fixed number: it only has to be the same for every Hearth import.
    static let importLockKey = 903_001

    static func json(_ report: ImportReport) throws -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(report), as: UTF8.self)
        } catch {
            throw StorageError.saveFailed(reason: "the import report could not be written as JSON: \(error)")
        }
    }
}
