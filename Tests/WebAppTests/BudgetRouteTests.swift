import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Testing

@testable import WebApp

@Suite("Budget monitor page, in process, over a real SQLite file")
struct BudgetRouteTests {
    /// One child in an IFA placement from 1 April 2024 at £700 a week; IFA budget £30,000 for 1 child.
    /// December 2024 (P9): actual 1 Apr–31 Dec = 275 days → 700 × 275 / 7 = £27,500.00;
    /// committed 1 Jan–31 Mar 2025 = 90 days → 700 × 90 / 7 = £9,000.00; forecast £36,500 → "0.037" (£m,
    /// nearest £1,000, half up); variance to budget £6,500 → "0.007".
    static func withBudgetApp(
        as role: Role = .finance,
        _ body: @Sendable (SignedInClient) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: seed) { client, _, _ in
            try await body(try await SignedInClient.signIn(client, as: role.rawValue))
        }
    }

    static func seed(_ store: HearthStore) async throws {
        let start = Day(iso: "2024-04-01")!
        let child = Child(id: "A", sex: .female, dateOfBirth: Day(iso: "2015-01-01")!)
        let episode = Episode(childID: "A", start: start, reasonNew: .s, legalStatus: .c2, place: .u4, provider: .pr4)
        _ = try await store.careRecords.saveImport(
            [ChildHistory(authority: "990", child: child, episodes: [episode])],
            report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
        let cost = PlacementCost(
            child: ChildKey(authority: "990", child: "A"), placementStart: start, place: .u4,
            providerType: .pr4, rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: 700))])
        try await store.budget.replaceCosts(authority: "990", with: [cost], importedAt: Date(timeIntervalSince1970: 0))
        let budget = LineBudget(
            authority: "990", year: FinancialYear(2024), line: "External Fostering (IFA)",
            budgetedChildren: 1, budget: Money(pounds: 30_000))
        try await store.budget.saveBudgetPlan(
            authority: "990", year: FinancialYear(2024), lines: .standard, budgets: [budget])
    }

    @Test func monitorForAMonth() async throws {
        try await Self.withBudgetApp { client in
            try await client.execute(uri: "/budget?period=2024-12", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(
                    page.contains(
                        "P9 2024-25 (December 2024), authority 990: forecast £0.037m against a budget of £0.030m, an overspend of £0.007m."
                    ))
                #expect(
                    page.contains(
                        "<th scope=\"row\"><a href=\"/budget/line?period=2024-12&amp;la=990&amp;line=External%20Fostering%20%28IFA%29\">External Fostering (IFA)</a></th><td class=\"numeric\">1</td><td class=\"numeric\">0.030</td>"
                    ))
                // Actual 27,500; committed 9,000.
                #expect(page.contains("<td class=\"numeric\">0.028</td><td class=\"numeric\">0.009</td>"))
                #expect(page.contains("P8 was not closed"))
            }
        }
    }

    /// Finance sees the children by ID; read-only sees only how many (no child IDs on the page). The
    /// seeded child A costs £700 a week, so neither list has anyone: 0 high-cost, 0 unregistered.
    @Test func readOnlySeesNoChildLists() async throws {
        try await Self.withBudgetApp(as: .readOnly) { client in
            try await client.execute(uri: "/budget?period=2024-12", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(page.contains("<dt>Placements at £10,000 a week or more</dt><dd>0</dd>"))
                #expect(!page.contains("High-cost placements on"))
                #expect(!page.contains("Unregistered placements on"))
            }
        }
        try await Self.withBudgetApp(as: .finance) { client in
            try await client.execute(uri: "/budget?period=2024-12", method: .get) { response in
                #expect(String(buffer: response.body).contains("High-cost placements on 31 December 2024"))
            }
        }
    }

    @Test func badMonthIsExplained() async throws {
        try await Self.withBudgetApp { client in
            try await client.execute(uri: "/budget?period=2024-13", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .badRequest)
                #expect(page.contains("<title>Error: Placement budget monitor – Hearth</title>"))
                #expect(page.contains("There is a problem"))
                #expect(page.contains("like 2024-12"))
                // The summary's link goes to a field on the page, holding what was typed.
                #expect(page.contains("<a href=\"#period\">"))
                #expect(
                    page.contains(
                        "<input id=\"period\" name=\"period\" type=\"text\" inputmode=\"numeric\" value=\"2024-13\""))
            }
        }
    }

    @Test func yearWithoutBudgetSaysWhatToImport() async throws {
        try await Self.withBudgetApp { client in
            try await client.execute(uri: "/budget?period=2023-12", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("has no budget for 2023-24"))
            }
        }
    }

    /// With nothing closed, the default month is the month of the data date: the latest event is
    /// 1 April 2024, so the end of that collection year, 31 March 2025 — March 2025 is P12.
    @Test func defaultMonth() async throws {
        try await Self.withBudgetApp { client in
            try await client.execute(uri: "/budget", method: .get) { response in
                #expect(String(buffer: response.body).contains("P12 2024-25 (March 2025)"))
            }
        }
    }
}

extension BudgetRouteTests {
    /// `ProgrammeWebFixture`'s children and plans with a budget for 2024-25. On 31 December 2024 plan P-1 (R1,
    /// in an external children's home, searching, target date 1 February 2025) is on track, so a forecast that
    /// counts on the plans reprices R1 from that day, and the make-up shows the planned moves' column.
    static func seedWithPlans(_ store: HearthStore) async throws {
        try await ProgrammeWebFixture.seed(store)
        let budget = LineBudget(
            authority: "990", year: FinancialYear(2024), line: "External Residential", budgetedChildren: 1,
            budget: Money(pounds: 250_000))
        try await store.budget.saveBudgetPlan(
            authority: "990", year: FinancialYear(2024), lines: .standard, budgets: [budget])
    }

    @Test func countingOnProgrammePlansAddsTheirColumnToTheMakeUp() async throws {
        try await WebTestApp.run(seed: Self.seedWithPlans) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "finance")
            let plain = String(buffer: try await browser.execute(uri: "/budget?period=2024-12", method: .get).body)
            #expect(
                plain.contains(
                    "<input type=\"checkbox\" id=\"planned-moves\" name=\"planned-moves\" value=\"on\">"
                        + "<label for=\"planned-moves\">Count on programme plans on track</label>"))
            #expect(!plain.contains("Planned moves (programme plans)"))
            let response = try await browser.execute(uri: "/budget?period=2024-12&planned-moves=on", method: .get)
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(page.contains("name=\"planned-moves\" value=\"on\" checked>"))
            #expect(
                page.contains(
                    "<th scope=\"col\" class=\"numeric\">Allowance for new placements</th>"
                        + "<th scope=\"col\" class=\"numeric\">Planned moves (programme plans)</th>"
                        + "<th scope=\"col\" class=\"numeric\">Forecast</th>"))
            #expect(page.contains("counting on 1 programme plan on track, each child repriced from the plan"))
            // The drill-down and downloads show the same forecast.
            #expect(page.contains("/budget.xlsx?period=2024-12&amp;la=990&amp;planned-moves=on"))
        }
    }
}
