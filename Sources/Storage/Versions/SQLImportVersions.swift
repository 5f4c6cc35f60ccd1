import Foundation
import SQLKit

/// Writing versions from inside an import's own transaction, so an import and its undo record are saved
/// together or not at all.
enum SQLImportVersions {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Records a version and what each item it replaces was before (`nil`: it did not exist).
    static func record(
        _ kind: ImportVersion.Kind, authorities: [String], at time: Date, runID: Int? = nil, summary: String,
        before: [(authority: String, item: String, json: String?)], _ db: any SQLDatabase
    ) async throws {
        let row = try await db.insert(into: "import_versions")
            .columns("kind", "authorities", "run_id", "imported_at", "summary")
            .values(
                SQLBind(kind.rawValue), SQLBind(authorities.joined(separator: ",")), SQLBind(runID),
                SQLBind(time.storedSeconds), SQLBind(summary)
            )
            .returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else {
            throw StorageError.queryFailed(action: "record the import's version", reason: "no id came back")
        }
        for item in before {
            try await db.insert(into: "import_version_before").columns("version_id", "authority", "item", "before_json")
                .values(SQLBind(id), SQLBind(item.authority), SQLBind(item.item), SQLBind(item.json)).run()
        }
    }
}
