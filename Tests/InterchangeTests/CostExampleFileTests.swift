import CareModel
import Testing

@testable import Interchange

/// The README's example files must keep importing: they are what a council copies first.
@Suite("README example files")
struct CostExampleFileTests {
    @Test func exampleCostsRegisterReads() throws {
        let costs = try PlacementCostReader(defaultAuthority: "879").read(path: "docs/examples/placement-costs.csv")
        #expect(costs.count == 4)  // four placements (child + start), six price rows
        let residential = try #require(costs.first { $0.child.child == "100001" })
        #expect(residential.rates.map(\.weekly) == [Money(pounds: 5_800), Money(pounds: 6_300)])
        #expect(residential.rates.map(\.change) == [.agreed, .additionalSupport])
        #expect(residential.contributions.first?.weekly == Money(pounds: 1_200))
        #expect(residential.contributions.first?.detail == "s117")
        #expect(costs.first { $0.child.child == "100003" }?.registration == .unregistered)
        #expect(costs.first { $0.child.child == "100003" }?.plannedEnd == Day(iso: "2025-01-31"))
        #expect(costs.first { $0.child.child == "100004" }?.continuesPast18 == true)
    }

    /// The seed table's budget (Plymouth 2024-25): £36.725m across the seven lines, 488 children.
    @Test func exampleBudgetReads() throws {
        let plan = try BudgetReader().read(path: "docs/examples/budget.csv", defaultAuthority: "879")
        #expect(plan.lines == .standard)
        #expect(plan.budgets.reduce(Money.zero) { $0 + $1.budget } == Money(pounds: 36_725_000))
        #expect(plan.budgets.reduce(0) { $0 + $1.budgetedChildren } == 488)
    }
}
