import Foundation
import Storage

/// Undoing an import, the same from `hearth import undo` and the Data page: the data is put back as it was
/// before the import, in one transaction, and the audit log says who did it.
public struct ImportUndo: Sendable {
    public var id: Int64

    public init(id: Int64) {
        self.id = id
    }

    /// Undoes the import; throws `ImportUndoError` (nothing changed) when something later built on it.
    public func run(store: HearthStore, by actor: ImportActor) async throws -> ImportVersion {
        let version = try await store.imports.undo(id, at: actor.time)
        try await store.audit.append(
            AuditEntry(
                time: actor.time, username: actor.username, action: .importUndone,
                detail: "import \(id) undone (\(version.kind.label), \(version.authorities.joined(separator: ", "))): "
                    + version.summary,
                ipAddress: actor.ipAddress))
        return version
    }
}
