import CareModel
import Foundation

/// The supply registers an account may see: reads narrowed to its authorities (a household's postcode and
/// status are another council's business), and replacing another authority's register refused.
struct ScopedSupplyRepository: SupplyRepository {
    let base: any SupplyRepository
    let scope: AuthorityScope

    func households(authorities: Set<AuthorityCode>?) async throws -> [Household] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.households(authorities: allowed)
    }

    func replaceHouseholds(authority: AuthorityCode, with households: [Household], importedAt: Date) async throws {
        try check(authority)
        try await base.replaceHouseholds(authority: authority, with: households, importedAt: importedAt)
    }

    func homes(authorities: Set<AuthorityCode>?) async throws -> [ChildrensHome] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.homes(authorities: allowed)
    }

    func replaceHomes(authority: AuthorityCode, with homes: [ChildrensHome], importedAt: Date) async throws {
        try check(authority)
        try await base.replaceHomes(authority: authority, with: homes, importedAt: importedAt)
    }

    func recruitmentEvents(authorities: Set<AuthorityCode>?) async throws -> [RecruitmentEvent] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.recruitmentEvents(authorities: allowed)
    }

    func replaceRecruitmentEvents(authority: AuthorityCode, with events: [RecruitmentEvent], importedAt: Date)
        async throws
    {
        try check(authority)
        try await base.replaceRecruitmentEvents(authority: authority, with: events, importedAt: importedAt)
    }

    func check(_ authority: AuthorityCode) throws {
        guard scope.allows(authority) else { throw StorageError.outsideScope(authority: authority) }
    }
}
