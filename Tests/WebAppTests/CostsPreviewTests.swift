import CareModel
import Foundation
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// A costs upload over a register that holds placements: what would change is shown first, nothing is saved
/// until the sender confirms (replace or merge), a confirmation works once, and an administrator can undo it.
@Suite struct CostsPreviewTests {
    static func cost(_ child: String, _ pounds: Int64) -> PlacementCost {
        let start = Day(iso: "2024-04-01")!
        return PlacementCost(
            child: ChildKey(authority: "990", child: child), placementStart: start, place: .u4, providerType: .pr4,
            rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: pounds))])
    }

    /// `BudgetRouteTests.seed`, with a register of three placements (A, B and C).
    static func seed(_ store: HearthStore) async throws {
        try await BudgetRouteTests.seed(store)
        try await store.budget.replaceCosts(
            authority: "990", with: [cost("A", 700), cost("B", 800), cost("C", 900)],
            importedAt: Date(timeIntervalSince1970: 0))
    }

    /// A file of one placement: A at £750 a week.
    static let file = """
        child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from
        A,2024-04-01,,U4,PR4,External Fostering (IFA),750.00,2024-04-01

        """

    static func token(in page: String) -> String? {
        page.firstMatch(of: /name="upload" value="([0-9a-f]+)"/).map { String($0.1) }
    }

    @Test func thePreviewWarnsAndSavesNothingUntilConfirmed() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, _, store in
            let finance = try await SignedInClient.signIn(client, as: "finance")
            let preview = try await finance.upload(
                ["kind": "costs", "authority": "990"], files: [("c.csv", Self.file)])
            let page = String(buffer: preview.body)
            #expect(preview.status == .ok)
            #expect(page.contains("<h1>Check the costs register before it is replaced</h1>"))
            #expect(page.contains("would remove 2 of its 3 placements"))
            #expect(try await store.budget.costs(authority: "990").count == 3, "nothing saved yet")
            let token = try #require(Self.token(in: page))
            let merged = try await finance.post("/data/confirm", ["upload": token, "mode": "merge"])
            #expect(String(buffer: merged.body).contains("Costs register"))
            #expect(
                try await store.budget.costs(authority: "990").map(\.rates.first?.weekly)
                    == [Money(pounds: 750), Money(pounds: 800), Money(pounds: 900)])
            let again = try await finance.post("/data/confirm", ["upload": token, "mode": "replace"])
            #expect(again.status == .gone, "a confirmation works once")
            #expect(try await store.budget.costs(authority: "990").count == 3)
        }
    }

    @Test func aReplaceCanBeUndoneByAnAdministrator() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, _, store in
            let before = try await store.budget.costs(authority: "990")
            let finance = try await SignedInClient.signIn(client, as: "finance")
            let preview = try await finance.upload(
                ["kind": "costs", "authority": "990"], files: [("c.csv", Self.file)])
            let token = try #require(Self.token(in: String(buffer: preview.body)))
            _ = try await finance.post("/data/confirm", ["upload": token, "mode": "replace"])
            #expect(try await store.budget.costs(authority: "990").count == 1)
            let id = try #require(try await store.imports.versions(limit: 1).first?.id)
            #expect(try await finance.post("/data/undo", ["import": String(id)]).status == .forbidden)
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let data = String(buffer: try await admin.execute(uri: "/data", method: .get).body)
            #expect(data.contains("aria-label=\"Undo import \(id)\""))
            let undone = try await admin.post("/data/undo", ["import": String(id)])
            #expect(String(buffer: undone.body).contains("Import \(id) undone"))
            #expect(try await store.budget.costs(authority: "990") == before, "the register as it was, to the penny")
            #expect(try await store.audit.entries().contains { $0.action == .importUndone })
        }
    }

    /// The seed's 2024-25 budget gives IFA £30,000; a file giving it £40,000 is shown line by line first.
    @Test func aBudgetOverAnotherIsPreviewedThenSaved() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            let finance = try await SignedInClient.signIn(client, as: "finance")
            let file = "year,line,budgeted_children,budget\n2024-25,External Fostering (IFA),1,40000.00\n"
            let preview = try await finance.upload(["kind": "budget", "authority": "990"], files: [("b.csv", file)])
            let page = String(buffer: preview.body)
            #expect(page.contains("<h1>Check the budget before it is replaced</h1>"))
            #expect(page.contains("£0.030m") && page.contains("£0.040m"))
            let year = FinancialYear(2024)
            #expect(
                try await store.budget.budgetPlan(authority: "990", year: year)?.budgets.first?.budget
                    == Money(pounds: 30_000))
            let token = try #require(Self.token(in: page))
            _ = try await finance.post("/data/confirm", ["upload": token])
            #expect(
                try await store.budget.budgetPlan(authority: "990", year: year)?.budgets.first?.budget
                    == Money(pounds: 40_000))
        }
    }
}
