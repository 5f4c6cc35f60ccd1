import CareModel
import Foundation
import SQLKit

/// Import versions in `import_versions` and `import_version_before` (see `Migration.importVersions`).
struct SQLImportVersionRepository: ImportVersionRepository {
    let connection: Connection

    static let columns = ["id", "kind", "authorities", "imported_at", "summary", "undone_at"]

    func versions(limit: Int) async throws -> [ImportVersion] {
        let rows = try await connection.run("read the import history") { db in
            try await db.select().columns(Self.columns).from("import_versions").orderBy("id", .descending)
                .limit(limit).all()
        }
        return try rows.map(Self.version)
    }

    func version(_ id: Int64) async throws -> ImportVersion? {
        try await connection.run("read the import") { db in try await Self.version(id, db) }
    }

    func undo(_ id: Int64, at time: Date) async throws -> ImportVersion {
        do {
            return try await connection.transaction { db in
                guard var version = try await Self.version(id, db) else { throw ImportUndoError.noSuchImport(id) }
                guard version.undoneAt == nil else { throw ImportUndoError.alreadyUndone(id) }
                let items = try await Self.items(of: id, db)
                guard !items.isEmpty else { throw ImportUndoError.notKept(id) }
                try await Self.checkNothingBuiltOn(version, items, db)
                try await Self.restore(version.kind, items, db)
                try await db.update("import_versions").set("undone_at", to: time.storedSeconds)
                    .where("id", .equal, id).run()
                try await DataVersion.bump(db)
                version.undoneAt = Date(storedSeconds: time.storedSeconds)
                return version
            }
        } catch let error as ImportUndoError {
            throw error
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.saveFailed(reason: StorageError.reason(error))
        }
    }

    static func version(_ id: Int64, _ db: any SQLDatabase) async throws -> ImportVersion? {
        try await db.select().columns(columns).from("import_versions").where("id", .equal, id).first().map(version)
    }

    static func version(_ row: any SQLRow) throws -> ImportVersion {
        ImportVersion(
            id: try row.decode(column: "id", as: Int64.self), kind: try row.code("kind", as: ImportVersion.Kind.self),
            authorities: try row.text("authorities").split(separator: ",").map(String.init),
            importedAt: Date(storedSeconds: try row.decode(column: "imported_at", as: Int64.self)),
            summary: try row.text("summary"),
            undoneAt: try row.optionalInteger("undone_at").map { Date(storedSeconds: Int64($0)) })
    }

    /// What the version replaced: (authority, item, JSON as it was before or `nil`).
    static func items(of id: Int64, _ db: any SQLDatabase) async throws -> [(String, String, String?)] {
        try await db.select().columns("authority", "item", "before_json").from("import_version_before")
            .where("version_id", .equal, id).all()
            .map { (try $0.text("authority"), try $0.text("item"), try $0.optionalText("before_json")) }
    }
}
