import CareModel
import Foundation
import Testing

@testable import Storage

/// Register entries covering every stored field, and budgets for two lines.
enum BudgetFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Every optional field set: an ended placement with an uplift, a package and two contributions.
    static let full = PlacementCost(
        child: ChildKey(authority: "879", child: "B2"), placementStart: day("2022-01-03"),
        placementEnd: day("2024-07-15"), plannedEnd: day("2024-09-30"), place: .k2, providerType: .pr4,
        providerURN: "SC123456", providerName: "Rowan House", registration: .ofsted, route: .spot,
        budgetLine: "External Residential",
        rates: [
            WeeklyRate(effectiveFrom: day("2022-01-03"), weekly: Money(pence: 450_000)),
            WeeklyRate(effectiveFrom: day("2023-04-01"), weekly: Money(pence: 472_500), change: .uplift),
            WeeklyRate(effectiveFrom: day("2023-10-02"), weekly: Money(pence: 612_345), change: .additionalSupport),
        ],
        contributions: [
            Contribution(
                source: .health, detail: "s117", weekly: Money(pence: 100_000),
                from: day("2023-04-01"), through: day("2024-03-31")),
            Contribution(source: .education, weekly: Money(pence: 25_050), from: day("2022-01-03")),
        ],
        continuesPast18: true)

    /// Every optional field empty.
    static let sparse = PlacementCost(
        child: ChildKey(authority: "879", child: "A1"), placementStart: day("2024-02-29"),
        rates: [WeeklyRate(effectiveFrom: day("2024-02-29"), weekly: Money(pence: 31_000))])

    static let lines = BudgetLineSet(lines: [
        BudgetLine(
            name: "Residential", categories: [.residentialExternal, .residentialInHouse],
            registrations: [.ofsted, .cqc]),
        BudgetLine(name: "Everything else"),
    ])

    static func budgets(_ authority: AuthorityCode = "879", year: FinancialYear = FinancialYear(2024)) -> [LineBudget] {
        [
            LineBudget(
                authority: authority, year: year, line: "Residential", budgetedChildren: 50,
                budget: Money(pounds: 15_248_000)),
            LineBudget(
                authority: authority, year: year, line: "Everything else", budgetedChildren: 438,
                budget: Money(pence: 2_147_483_648_01)),
        ]  // above Int32.max pence, so BIGINT matters
    }
}

@Suite("Budget repository")
struct BudgetRepositoryTests {
    typealias F = BudgetFixtures

    @Test("the costs register round-trips every field", arguments: Backend.available)
    func roundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.budget.replaceCosts(
                authority: "879", with: [F.full, F.sparse], importedAt: Date.iso("2025-01-10T00:00:00Z"))
            // Sorted by child: A1 before B2.
            #expect(try await store.budget.costs(authority: "879") == [F.sparse, F.full])
            #expect(try await store.budget.costs(authority: "802").isEmpty)
        }
    }

    @Test("re-importing replaces the authority's register and leaves others alone", arguments: Backend.available)
    func replace(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            var elsewhere = F.sparse
            elsewhere.child.authority = "802"
            try await store.budget.replaceCosts(
                authority: "802", with: [elsewhere], importedAt: Date.iso("2025-01-09T00:00:00Z"))
            try await store.budget.replaceCosts(
                authority: "879", with: [F.full, F.sparse], importedAt: Date.iso("2025-01-10T00:00:00Z"))
            try await store.budget.replaceCosts(
                authority: "879", with: [F.full], importedAt: Date.iso("2025-01-11T00:00:00Z"))
            try await store.budget.replaceCosts(
                authority: "879", with: [F.full], importedAt: Date.iso("2025-01-12T00:00:00Z"))
            #expect(try await store.budget.costs(authority: "879") == [F.full])
            #expect(try await store.budget.costs(authority: "802") == [elsewhere])
        }
    }

    @Test("a register that fails to save changes nothing", arguments: Backend.available)
    func allOrNothing(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.budget.replaceCosts(
                authority: "879", with: [F.sparse], importedAt: Date.iso("2025-01-10T00:00:00Z"))
            // The same placement twice breaks the primary key after the old register was deleted.
            await #expect(throws: StorageError.self) {
                try await store.budget.replaceCosts(
                    authority: "879", with: [F.full, F.full], importedAt: Date.iso("2025-01-11T00:00:00Z"))
            }
            var stranger = F.full
            stranger.child.authority = "802"
            await #expect(throws: StorageError.self) {
                try await store.budget.replaceCosts(
                    authority: "879", with: [stranger], importedAt: Date.iso("2025-01-11T00:00:00Z"))
            }
            #expect(try await store.budget.costs(authority: "879") == [F.sparse])
        }
    }

    @Test("a budget plan round-trips in line order, per year", arguments: Backend.available)
    func plan(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let year = FinancialYear(2024)
            let before = try await store.budget.budgetPlan(authority: "879", year: year)
            #expect(before == nil)
            try await store.budget.saveBudgetPlan(authority: "879", year: year, lines: .standard, budgets: [])
            try await store.budget.saveBudgetPlan(authority: "879", year: year, lines: F.lines, budgets: F.budgets())
            let saved = try #require(try await store.budget.budgetPlan(authority: "879", year: year))
            #expect(saved.lines == F.lines)
            #expect(saved.budgets == F.budgets())
            let other = try await store.budget.budgetPlan(authority: "879", year: FinancialYear(2025))
            #expect(other == nil)
            try await store.budget.saveBudgetPlan(
                authority: "879", year: FinancialYear(2025), lines: .standard, budgets: [])
            let next = try await store.budget.budgetPlan(authority: "879", year: FinancialYear(2025))
            let again = try await store.budget.budgetPlan(authority: "879", year: year)
            #expect(next?.lines == .standard)
            #expect(again?.lines == F.lines)
        }
    }

    @Test("budgets for another year or an unknown line are refused", arguments: Backend.available)
    func planRefused(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            var unknown = F.budgets()
            unknown[0].line = "Nowhere"
            for budgets in [F.budgets(year: FinancialYear(2023)), F.budgets("802"), unknown] {
                await #expect(throws: StorageError.self) {
                    try await store.budget.saveBudgetPlan(
                        authority: "879", year: FinancialYear(2024), lines: F.lines,
                        budgets: budgets)
                }
            }
            let saved = try await store.budget.budgetPlan(authority: "879", year: FinancialYear(2024))
            #expect(saved == nil)
        }
    }

    @Test("a closed month keeps its forecast and cannot be closed again", arguments: Backend.available)
    func closing(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let december = Period(calendarYear: 2024, month: 12), november = Period(calendarYear: 2024, month: 11)
            let march = Period(calendarYear: 2024, month: 3)  // P12 of 2023-24
            #expect(try await store.budget.closedForecast(authority: "879", period: december) == nil)
            try await store.budget.closePeriod(
                authority: "879", period: december, forecastJSON: #"{"total":42575000}"#,
                closedAt: Date.iso("2025-01-08T09:00:00Z"))
            try await store.budget.closePeriod(
                authority: "879", period: november, forecastJSON: "{}", closedAt: Date(timeIntervalSince1970: 0))
            try await store.budget.closePeriod(
                authority: "879", period: march, forecastJSON: "[]", closedAt: Date(timeIntervalSince1970: 0))
            await #expect(throws: StorageError.self) {
                try await store.budget.closePeriod(
                    authority: "879", period: december, forecastJSON: "{}", closedAt: Date(timeIntervalSince1970: 0))
            }
            #expect(try await store.budget.closedForecast(authority: "879", period: december) == #"{"total":42575000}"#)
            #expect(try await store.budget.closedPeriods(authority: "879") == [march, november, december])
            #expect(try await store.budget.closedPeriods(authority: "802").isEmpty)
        }
    }
}
