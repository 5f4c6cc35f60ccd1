import CareModel
import Foundation

/// The programme register an account may see: reads narrowed to its authorities (a plan names a child), and
/// replacing another authority's register or editing one of its plans refused.
struct ScopedProgrammeRepository: ProgrammeRepository {
    let base: any ProgrammeRepository
    let scope: AuthorityScope

    func programmes(authorities: Set<AuthorityCode>?) async throws -> [Programme] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.programmes(authorities: allowed)
    }

    func plans(authorities: Set<AuthorityCode>?) async throws -> [ProgrammePlan] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.plans(authorities: allowed)
    }

    func replaceProgrammes(
        authority: AuthorityCode, with programmes: [Programme], plans: [ProgrammePlan], importedAt: Date
    ) async throws {
        try check(authority)
        try await base.replaceProgrammes(authority: authority, with: programmes, plans: plans, importedAt: importedAt)
    }

    func updatePlan(
        authority: AuthorityCode, plan id: String, status: PlanStatusChange?, targetDate: Day?, owner: String??
    ) async throws -> ProgrammePlan {
        try check(authority)
        return try await base.updatePlan(
            authority: authority, plan: id, status: status, targetDate: targetDate, owner: owner)
    }

    func check(_ authority: AuthorityCode) throws {
        guard scope.allows(authority) else { throw StorageError.outsideScope(authority: authority) }
    }
}
