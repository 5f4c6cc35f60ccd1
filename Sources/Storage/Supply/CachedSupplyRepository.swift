import CareModel
import Foundation

/// The supply registers, with reads kept in memory while the data version stays the same (see `ReadCache`):
/// sufficiency pages read them on every request, and they change only when one is imported or undone.
struct CachedSupplyRepository: SupplyRepository {
    let base: SQLSupplyRepository
    let cache: ReadCache

    var connection: Connection { base.connection }

    func households(authorities: Set<AuthorityCode>?) async throws -> [Household] {
        try await connection.cached(cache, .households(authorities)) {
            try await base.households(authorities: authorities)
        }
    }

    func replaceHouseholds(authority: AuthorityCode, with households: [Household], importedAt: Date) async throws {
        try await base.replaceHouseholds(authority: authority, with: households, importedAt: importedAt)
    }

    func homes(authorities: Set<AuthorityCode>?) async throws -> [ChildrensHome] {
        try await connection.cached(cache, .childrensHomes(authorities)) {
            try await base.homes(authorities: authorities)
        }
    }

    func replaceHomes(authority: AuthorityCode, with homes: [ChildrensHome], importedAt: Date) async throws {
        try await base.replaceHomes(authority: authority, with: homes, importedAt: importedAt)
    }

    func recruitmentEvents(authorities: Set<AuthorityCode>?) async throws -> [RecruitmentEvent] {
        try await connection.cached(cache, .recruitmentEvents(authorities)) {
            try await base.recruitmentEvents(authorities: authorities)
        }
    }

    func replaceRecruitmentEvents(authority: AuthorityCode, with events: [RecruitmentEvent], importedAt: Date)
        async throws
    {
        try await base.replaceRecruitmentEvents(authority: authority, with: events, importedAt: importedAt)
    }
}
