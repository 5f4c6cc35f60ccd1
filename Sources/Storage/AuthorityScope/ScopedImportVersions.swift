import Foundation

/// The imports an account may see and undo: those of its authorities only.
struct ScopedImportVersions: ImportVersionRepository {
    let base: any ImportVersionRepository
    let scope: AuthorityScope

    func versions(limit: Int) async throws -> [ImportVersion] {
        Array(try await base.versions(limit: Int.max).lazy.filter(covered).prefix(limit))
    }

    func version(_ id: Int64) async throws -> ImportVersion? {
        try await base.version(id).flatMap { covered($0) ? $0 : nil }
    }

    func undo(_ id: Int64, at time: Date) async throws -> ImportVersion {
        guard try await version(id) != nil else { throw ImportUndoError.noSuchImport(id) }
        return try await base.undo(id, at: time)
    }

    /// An import is the account's when every authority it touched is.
    func covered(_ version: ImportVersion) -> Bool {
        version.authorities.allSatisfy(scope.allows)
    }
}
