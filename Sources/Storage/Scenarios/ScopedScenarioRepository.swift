import CareModel
import Foundation

/// The saved scenarios an account may see: reads narrowed to its authorities, and saving or deleting another
/// authority's scenario refused.
struct ScopedScenarioRepository: ScenarioRepository {
    let base: any ScenarioRepository
    let scope: AuthorityScope

    func scenarios(authorities: Set<AuthorityCode>?) async throws -> [SavedScenario] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.scenarios(authorities: allowed)
    }

    func scenario(id: Int, authorities: Set<AuthorityCode>?) async throws -> SavedScenario? {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return nil }
        return try await base.scenario(id: id, authorities: allowed)
    }

    func save(authority: AuthorityCode, name: String, owner: String, savedAt: Date, definition: String) async throws
        -> SavedScenario
    {
        try check(authority)
        return try await base.save(
            authority: authority, name: name, owner: owner, savedAt: savedAt, definition: definition)
    }

    func delete(id: Int, authority: AuthorityCode) async throws -> Bool {
        try check(authority)
        return try await base.delete(id: id, authority: authority)
    }

    func check(_ authority: AuthorityCode) throws {
        guard scope.allows(authority) else { throw StorageError.outsideScope(authority: authority) }
    }
}
