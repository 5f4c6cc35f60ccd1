import CareModel
import Foundation

/// The programme register, with reads kept in memory while the data version stays the same (see `ReadCache`):
/// the Programmes page and the savings forecast read it on every request, and it changes only when it is
/// imported, undone or a plan is edited — each of which moves the data version on, so nothing stale is read.
struct CachedProgrammeRepository: ProgrammeRepository {
    let base: SQLProgrammeRepository
    let cache: ReadCache

    var connection: Connection { base.connection }

    func programmes(authorities: Set<AuthorityCode>?) async throws -> [Programme] {
        try await connection.cached(cache, .programmes(authorities)) {
            try await base.programmes(authorities: authorities)
        }
    }

    func plans(authorities: Set<AuthorityCode>?) async throws -> [ProgrammePlan] {
        try await connection.cached(cache, .programmePlans(authorities)) {
            try await base.plans(authorities: authorities)
        }
    }

    func replaceProgrammes(
        authority: AuthorityCode, with programmes: [Programme], plans: [ProgrammePlan], importedAt: Date
    ) async throws {
        try await base.replaceProgrammes(authority: authority, with: programmes, plans: plans, importedAt: importedAt)
    }

    func updatePlan(
        authority: AuthorityCode, plan id: String, status: PlanStatusChange?, targetDate: Day?, owner: String??
    ) async throws -> ProgrammePlan {
        try await base.updatePlan(authority: authority, plan: id, status: status, targetDate: targetDate, owner: owner)
    }
}
