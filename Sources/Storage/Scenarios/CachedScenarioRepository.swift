import CareModel
import Foundation

/// The saved scenarios, with reads kept in memory while the data version stays the same (see `ReadCache`): the
/// Scenarios page reads them on every request, and they change only when one is saved or deleted — each of
/// which moves the data version on, so nothing stale is read.
struct CachedScenarioRepository: ScenarioRepository {
    let base: SQLScenarioRepository
    let cache: ReadCache

    var connection: Connection { base.connection }

    func scenarios(authorities: Set<AuthorityCode>?) async throws -> [SavedScenario] {
        try await connection.cached(cache, .scenarios(authorities)) {
            try await base.scenarios(authorities: authorities)
        }
    }

    func scenario(id: Int, authorities: Set<AuthorityCode>?) async throws -> SavedScenario? {
        try await connection.cached(cache, .scenario(id, authorities)) {
            try await base.scenario(id: id, authorities: authorities)
        }
    }

    func save(authority: AuthorityCode, name: String, owner: String, savedAt: Date, definition: String) async throws
        -> SavedScenario
    {
        try await base.save(authority: authority, name: name, owner: owner, savedAt: savedAt, definition: definition)
    }

    func delete(id: Int, authority: AuthorityCode) async throws -> Bool {
        try await base.delete(id: id, authority: authority)
    }
}
