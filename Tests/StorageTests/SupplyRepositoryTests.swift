import CareModel
import Foundation
import Testing

@testable import Storage

/// The council's supply registers: stored and read back exactly, replaced whole per authority, refused whole
/// when a row is another authority's, kept within an account's scope, and undone as import versions.
@Suite("Supply repository")
struct SupplyRepositoryTests {
    typealias F = SupplyFixtures

    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    @Test("households round-trip with every optional field set and empty", arguments: Backend.available)
    func households(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(
                authority: "879", with: [F.sparse, F.full], importedAt: Self.at(1))
            try await store.supply.replaceHouseholds(authority: "802", with: [F.elsewhere], importedAt: Self.at(2))
            // Sorted by authority, then reference: ("802", FC-0001) < ("879", CP-0007) < ("879", FC-0123).
            let read = try await store.supply.households(authorities: nil)
            #expect(read == [F.elsewhere, F.sparse, F.full])
            let days = try #require(read.last).statuses.map(\.day.iso)
            #expect(days == ["2023-01-09", "2023-05-01", "2024-03-01"])
        }
    }

    @Test("households can be limited to some authorities", arguments: Backend.available)
    func someAuthorities(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(authority: "879", with: [F.full], importedAt: Self.at(1))
            try await store.supply.replaceHouseholds(authority: "802", with: [F.elsewhere], importedAt: Self.at(2))
            let cases: [(Set<AuthorityCode>, [Household])] = [
                (["879"], [F.full]), (["802"], [F.elsewhere]), (["802", "879"], [F.elsewhere, F.full]),
                (["999"], []), ([], []),
            ]
            for (authorities, expected) in cases {
                #expect(try await store.supply.households(authorities: authorities) == expected)
            }
        }
    }

    @Test("children's homes round-trip with every optional field set and empty", arguments: Backend.available)
    func homes(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHomes(authority: "879", with: [F.planned, F.block], importedAt: Self.at(1))
            try await store.supply.replaceHomes(authority: "802", with: [F.homeElsewhere], importedAt: Self.at(2))
            #expect(try await store.supply.homes(authorities: nil) == [F.homeElsewhere, F.block, F.planned])
            #expect(try await store.supply.homes(authorities: ["879"]) == [F.block, F.planned])
            #expect(try await store.supply.homes(authorities: []).isEmpty)
        }
    }

    @Test("recruitment events round-trip, by prospect then funnel stage", arguments: Backend.available)
    func events(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceRecruitmentEvents(
                authority: "879", with: F.events.reversed(), importedAt: Self.at(1))
            let other = F.event("ENQ-1", .enquiry, "2024-06-01", authority: "802", channel: .regionalHub)
            try await store.supply.replaceRecruitmentEvents(authority: "802", with: [other], importedAt: Self.at(2))
            #expect(try await store.supply.recruitmentEvents(authorities: ["879"]) == F.events)
            #expect(try await store.supply.recruitmentEvents(authorities: nil) == [other] + F.events)
        }
    }

    @Test("a placement's carer round-trips in the costs register", arguments: Backend.available)
    func carer(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            var cost = BudgetFixtures.sparse
            cost.carer = F.full.id
            try await store.budget.replaceCosts(
                authority: "879", with: [BudgetFixtures.full, cost], importedAt: Self.at(1))
            #expect(try await store.budget.costs(authority: "879") == [cost, BudgetFixtures.full])
        }
    }

    @Test("replacing replaces the authority's register and leaves others alone", arguments: Backend.available)
    func replace(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(authority: "802", with: [F.elsewhere], importedAt: Self.at(1))
            try await store.supply.replaceHouseholds(
                authority: "879", with: [F.full, F.sparse], importedAt: Self.at(2))
            var fewer = F.full
            fewer.statuses = [F.full.statuses[0]]
            try await store.supply.replaceHouseholds(authority: "879", with: [fewer], importedAt: Self.at(3))
            #expect(try await store.supply.households(authorities: nil) == [F.elsewhere, fewer])
            try await store.supply.replaceHomes(authority: "879", with: [F.block, F.planned], importedAt: Self.at(4))
            try await store.supply.replaceHomes(authority: "879", with: [F.planned], importedAt: Self.at(5))
            #expect(try await store.supply.homes(authorities: nil) == [F.planned])
            try await store.supply.replaceRecruitmentEvents(authority: "879", with: F.events, importedAt: Self.at(6))
            try await store.supply.replaceRecruitmentEvents(authority: "879", with: [], importedAt: Self.at(7))
            #expect(try await store.supply.recruitmentEvents(authorities: nil).isEmpty)
        }
    }

    @Test("a row of another authority is refused and nothing is written", arguments: Backend.available)
    func stranger(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(authority: "879", with: [F.sparse], importedAt: Self.at(1))
            let versions = try await store.imports.versions(limit: 10).count
            await #expect(throws: StorageError.self) {
                try await store.supply.replaceHouseholds(
                    authority: "879", with: [F.full, F.elsewhere], importedAt: Self.at(2))
            }
            await #expect(throws: StorageError.self) {
                try await store.supply.replaceHomes(
                    authority: "879", with: [F.block, F.homeElsewhere], importedAt: Self.at(3))
            }
            await #expect(throws: StorageError.self) {
                try await store.supply.replaceRecruitmentEvents(
                    authority: "879", with: [F.event("ENQ-1", .enquiry, "2024-06-01", authority: "802")],
                    importedAt: Self.at(4))
            }
            #expect(try await store.supply.households(authorities: nil) == [F.sparse])
            #expect(try await store.supply.homes(authorities: nil).isEmpty)
            #expect(try await store.supply.recruitmentEvents(authorities: nil).isEmpty)
            #expect(try await store.imports.versions(limit: 10).count == versions)
        }
    }

    @Test("a scoped store reads and replaces only its own authorities", arguments: Backend.available)
    func scoped(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(authority: "879", with: [F.full], importedAt: Self.at(1))
            try await store.supply.replaceHouseholds(authority: "802", with: [F.elsewhere], importedAt: Self.at(2))
            try await store.supply.replaceHomes(authority: "802", with: [F.homeElsewhere], importedAt: Self.at(3))
            let scoped = store.scoped(to: .only(["879"])).supply
            #expect(try await scoped.households(authorities: nil) == [F.full])
            #expect(try await scoped.households(authorities: ["802"]).isEmpty)
            #expect(try await scoped.homes(authorities: nil).isEmpty)
            #expect(try await store.scoped(to: .noAuthority).supply.households(authorities: nil).isEmpty)
            try await Self.expectOutsideScope("802") {
                try await scoped.replaceHouseholds(authority: "802", with: [], importedAt: Self.at(4))
            }
            try await Self.expectOutsideScope("802") {
                try await scoped.replaceHomes(authority: "802", with: [], importedAt: Self.at(5))
            }
            try await Self.expectOutsideScope("802") {
                try await scoped.replaceRecruitmentEvents(authority: "802", with: [], importedAt: Self.at(6))
            }
            #expect(try await store.supply.households(authorities: ["802"]) == [F.elsewhere])
            #expect(try await store.supply.homes(authorities: nil) == [F.homeElsewhere])
        }
    }

    /// Expects `body` to be refused as outside the account's scope, naming `authority`.
    static func expectOutsideScope(_ authority: AuthorityCode, _ body: () async throws -> Void) async throws {
        do {
            try await body()
            Issue.record("a write for authority \(authority) outside the scope was not refused")
        } catch StorageError.outsideScope(let refused) {
            #expect(refused == authority)
        }
    }
}
