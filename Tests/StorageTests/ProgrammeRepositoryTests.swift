import CareModel
import Foundation
import Testing

@testable import Storage

/// The programme register: stored and read back exactly, replaced whole per authority as an import version that
/// undo takes back, refused whole when a row is another authority's, kept within an account's scope, and one
/// plan edited at a time.
@Suite("Programme repository")
struct ProgrammeRepositoryTests {
    typealias F = ProgrammeFixtures

    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// Authority 879's register (given out of order) and 802's.
    static func fill(_ store: HearthStore) async throws {
        try await store.programmes.replaceProgrammes(
            authority: "879", with: [F.steps, F.rcrc], plans: [F.leavesCare, F.full] + F.everyHome.reversed(),
            importedAt: at(1))
        try await store.programmes.replaceProgrammes(
            authority: "802", with: [F.comingHome], plans: [F.elsewhere], importedAt: at(2))
    }

    @Test("programmes and plans round-trip with every field set and empty", arguments: Backend.available)
    func roundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            let programmes = try await store.programmes.programmes(authorities: nil)
            #expect(programmes == [F.comingHome] + F.programmes)
            let steps = try #require(programmes.last)
            #expect(steps.savingsTargets.map(\.year.startYear) == [2024, 2025])
            #expect(steps.savingsTarget(for: FinancialYear(2025)) == Money(pence: 3_000_000_000))
            let plans = try await store.programmes.plans(authorities: nil)
            #expect(plans == [F.elsewhere] + F.plans)
            let destinations = PlacementCategory.allCases.map(PlanDestination.home) + [PlanDestination.leavesCare]
            #expect(Set(plans.map(\.destination)) == Set(destinations))
            let full = try #require(plans.first { $0.authority == "879" && $0.id == "P-001" })
            #expect(full.statuses.map(\.status) == [.panelAgreed, .searching, .matched, .onHold])
            #expect(full.statuses.last?.reason == "Court hearing adjourned")
            #expect(full.targetDate == F.day("2025-01-15") && full.firstTargetDate == F.day("2024-10-01"))
        }
    }

    @Test("reads can be limited to some authorities", arguments: Backend.available)
    func someAuthorities(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            let cases: [(Set<AuthorityCode>, [Programme], [ProgrammePlan])] = [
                (["879"], F.programmes, F.plans), (["802"], [F.comingHome], [F.elsewhere]),
                (["802", "879"], [F.comingHome] + F.programmes, [F.elsewhere] + F.plans), (["999"], [], []),
                ([], [], []),
            ]
            for (authorities, programmes, plans) in cases {
                #expect(try await store.programmes.programmes(authorities: authorities) == programmes)
                #expect(try await store.programmes.plans(authorities: authorities) == plans)
            }
        }
    }

    @Test("replacing replaces the authority's register and leaves others alone", arguments: Backend.available)
    func replace(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            var fewer = F.full
            fewer.statuses = [F.full.statuses[0]]
            try await store.programmes.replaceProgrammes(
                authority: "879", with: [F.steps], plans: [fewer], importedAt: Self.at(3))
            #expect(try await store.programmes.programmes(authorities: nil) == [F.comingHome, F.steps])
            #expect(try await store.programmes.plans(authorities: nil) == [F.elsewhere, fewer])
            try await store.programmes.replaceProgrammes(authority: "879", with: [], plans: [], importedAt: Self.at(4))
            #expect(try await store.programmes.programmes(authorities: nil) == [F.comingHome])
            #expect(try await store.programmes.plans(authorities: nil) == [F.elsewhere])
        }
    }

    @Test("a row of another authority, or a plan of no programme, is refused", arguments: Backend.available)
    func refused(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.programmes.replaceProgrammes(
                authority: "879", with: [F.rcrc], plans: [F.leavesCare], importedAt: Self.at(1))
            let versions = try await store.imports.versions(limit: 10).count
            let attempts: [([Programme], [ProgrammePlan])] = [
                ([F.steps, F.comingHome], [F.full]), ([F.steps, F.rcrc], [F.full, F.elsewhere]),
                ([F.rcrc], [F.leavesCare, F.full]),
            ]
            for (programmes, plans) in attempts {
                await #expect(throws: StorageError.self) {
                    try await store.programmes.replaceProgrammes(
                        authority: "879", with: programmes, plans: plans, importedAt: Self.at(2))
                }
            }
            #expect(try await store.programmes.programmes(authorities: nil) == [F.rcrc])
            #expect(try await store.programmes.plans(authorities: nil) == [F.leavesCare])
            #expect(try await store.imports.versions(limit: 10).count == versions)
        }
    }

    @Test("a scoped store reads, replaces and edits only its own authorities", arguments: Backend.available)
    func scoped(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            let scoped = store.scoped(to: .only(["879"])).programmes
            #expect(try await scoped.programmes(authorities: nil) == F.programmes)
            #expect(try await scoped.plans(authorities: nil) == F.plans)
            #expect(try await scoped.plans(authorities: ["802"]).isEmpty)
            #expect(try await store.scoped(to: .noAuthority).programmes.programmes(authorities: nil).isEmpty)
            try await SupplyRepositoryTests.expectOutsideScope("802") {
                try await scoped.replaceProgrammes(authority: "802", with: [], plans: [], importedAt: Self.at(3))
            }
            try await SupplyRepositoryTests.expectOutsideScope("802") {
                _ = try await scoped.updatePlan(
                    authority: "802", plan: F.elsewhere.id, status: nil, targetDate: nil, owner: .some(nil))
            }
            #expect(try await store.programmes.plans(authorities: ["802"]) == [F.elsewhere])
        }
    }

    @Test("an edit appends a status, moves the target date and sets or keeps the owner", arguments: Backend.available)
    func update(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            #expect(try await store.programmes.plans(authorities: ["879"]) == F.plans)  // kept in the cache
            let moving = PlanStatusChange(day: F.day("2024-09-02"), status: .searching, reason: "Court date set")
            let edited = try await store.programmes.updatePlan(
                authority: "879", plan: F.full.id, status: moving, targetDate: F.day("2025-03-01"), owner: nil)
            var expected = F.full
            expected.statuses.append(moving)  // after the hold of the same day
            expected.targetDate = F.day("2025-03-01")
            #expect(edited == expected && edited.firstTargetDate == F.full.firstTargetDate)
            #expect(edited.currentStatus == .searching && edited.owner == F.full.owner)
            let cleared = try await store.programmes.updatePlan(
                authority: "879", plan: F.full.id, status: nil, targetDate: nil, owner: .some(nil))
            expected.owner = nil
            #expect(cleared == expected)
            let owned = try await store.programmes.updatePlan(
                authority: "879", plan: F.leavesCare.id, status: nil, targetDate: nil, owner: "Kinship team")
            #expect(owned.owner == "Kinship team" && owned.statuses == F.leavesCare.statuses)
            let plans = try await store.programmes.plans(authorities: nil)
            #expect(plans == [F.elsewhere] + F.everyHome + [expected, owned])
        }
    }

    @Test("editing a plan the authority does not have is refused", arguments: Backend.available)
    func updateUnknown(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            // "P-002" is 879's only: authority 802 has no such plan.
            for (authority, plan) in [("879", "P-999"), ("802", F.leavesCare.id), ("999", F.full.id)] {
                do {
                    _ = try await store.programmes.updatePlan(
                        authority: authority, plan: plan, status: nil, targetDate: F.day("2026-01-01"), owner: nil)
                    Issue.record("editing plan \(plan) of \(authority) was not refused")
                } catch StorageError.planNotFound(let refusedAuthority, let refusedPlan) {
                    #expect(refusedAuthority == authority && refusedPlan == plan)
                }
            }
            #expect(try await store.programmes.plans(authorities: nil) == [F.elsewhere] + F.plans)
        }
    }

    @Test("undo takes back the latest import first, each putting the register back", arguments: Backend.available)
    func undo(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            try await store.programmes.replaceProgrammes(
                authority: "879", with: [F.steps], plans: [F.full], importedAt: Self.at(3))
            let versions = try await store.imports.versions(limit: 10)
            #expect(versions.map(\.kind) == [.programmes, .programmes, .programmes])
            #expect(versions[0].authorities == ["879"])
            #expect(versions[0].summary.contains("2 programmes and 12 plans before, 1 programme and 1 plan after"))
            await #expect(throws: ImportUndoError.laterImport(versions[2].id, later: versions[0].id)) {
                _ = try await store.imports.undo(versions[2].id, at: Self.at(4))
            }
            _ = try await store.imports.undo(versions[0].id, at: Self.at(4))
            #expect(try await store.programmes.programmes(authorities: nil) == [F.comingHome] + F.programmes)
            #expect(try await store.programmes.plans(authorities: nil) == [F.elsewhere] + F.plans)
            _ = try await store.imports.undo(versions[2].id, at: Self.at(5))
            #expect(try await store.programmes.programmes(authorities: nil) == [F.comingHome])
            #expect(try await store.programmes.plans(authorities: nil) == [F.elsewhere])
        }
    }

    @Test("an account cannot undo another authority's programme import", arguments: Backend.available)
    func scopedUndo(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.fill(store)
            let id = try #require(try await store.imports.versions(limit: 1).first?.id)
            await #expect(throws: ImportUndoError.noSuchImport(id)) {
                _ = try await store.scoped(to: .only(["879"])).imports.undo(id, at: Self.at(3))
            }
            #expect(try await store.programmes.plans(authorities: ["802"]) == [F.elsewhere])
        }
    }
}
