import Foundation

/// Imports as versions of the data: listed newest first, and undone — the data put back as it was before the
/// import, in one transaction — when nothing later built on them.
public protocol ImportVersionRepository: Sendable {
    /// The latest `limit` versions, newest first.
    func versions(limit: Int) async throws -> [ImportVersion]
    /// The version with this id, or `nil`.
    func version(_ id: Int64) async throws -> ImportVersion?
    /// Puts back what the import replaced and marks it undone; throws `ImportUndoError` (changing nothing)
    /// when a later import or a closed month built on it.
    func undo(_ id: Int64, at time: Date) async throws -> ImportVersion
}
