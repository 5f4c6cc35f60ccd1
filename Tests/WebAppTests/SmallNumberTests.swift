import CareModel
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// Small-number suppression for the read-only role, over authority 990 with ten children fostered since
/// April 2024 (H6 since May), all born 1 January 2015:
/// - four through agencies (IFA line, I1–I4 at £600, £700, £800, £900 a week: average £750.00; budget
///   £150,000 for 4);
/// - six in-house (H1–H6 at £400: average £400.00; budget £130,000 for 6).
/// In December 2024 (P9) the IFA line is 4 children: read-only sees "fewer than 6" and none of its money;
/// in-house (6) and the total (10 children, average (4 × 750 + 6 × 400) ÷ 10 = £540.00) are shown. On the
/// data date (31 March 2025) the overview counts 4 in IFA (40%) and 6 in-house (60%); 9 started care in
/// April 2024 and 1 in May. Finance sees every number as it is.
@Suite("Small numbers: what the read-only role sees")
struct SmallNumberTests {
    static func seed(_ store: HearthStore) async throws {
        let april = Day(iso: "2024-04-01")!, may = Day(iso: "2024-05-01")!
        // (child, placement start, provider, £ a week)
        let ifa: [(String, Day, PlacementProvider, Int64)] = [
            ("I1", april, .pr4, 600), ("I2", april, .pr4, 700), ("I3", april, .pr4, 800), ("I4", april, .pr4, 900),
        ]
        let inHouse: [(String, Day, PlacementProvider, Int64)] = (1...6).map { i in
            ("H\(i)", i == 6 ? may : april, .pr1, 400)
        }
        var histories: [ChildHistory] = [], costs: [PlacementCost] = []
        for (id, start, provider, weekly) in ifa + inHouse {
            let episode = Episode(
                childID: id, start: start, reasonNew: .s, legalStatus: .c2, place: .u4, provider: provider)
            let child = Child(id: id, sex: .female, dateOfBirth: Day(iso: "2015-01-01")!)
            histories.append(ChildHistory(authority: "990", child: child, episodes: [episode]))
            costs.append(
                PlacementCost(
                    child: ChildKey(authority: "990", child: id), placementStart: start, place: .u4,
                    providerType: provider, rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: weekly))]))
        }
        let at = Date(timeIntervalSince1970: 0), year = FinancialYear(2024)
        _ = try await store.careRecords.saveImport(histories, report: ImportReport(), importedAt: at)
        try await store.budget.replaceCosts(authority: "990", with: costs, importedAt: at)
        try await store.budget.saveBudgetPlan(
            authority: "990", year: year, lines: .standard,
            budgets: [
                LineBudget(
                    authority: "990", year: year, line: "External Fostering (IFA)", budgetedChildren: 4,
                    budget: Money(pounds: 150_000)),
                LineBudget(
                    authority: "990", year: year, line: "In-House Foster Care", budgetedChildren: 6,
                    budget: Money(pounds: 130_000)),
            ])
    }

    /// The body of `uri` as each of `roles` sees it, all in one app (so one role's kept results are
    /// there when the next asks).
    static func pages(_ uri: String, as roles: [Role]) async throws -> [Role: String] {
        let result = Locked([Role: String]())
        try await WebTestApp.run(seed: seed) { client, _, _ in
            for role in roles {
                let browser = try await SignedInClient.signIn(client, as: role.rawValue)
                let body = String(buffer: try await browser.execute(uri: uri, method: .get).body)
                result.value[role] = body
            }
        }
        return result.value
    }

    /// The answer of the API at `uri` to a token of each of `roles`.
    static func answers(_ uri: String, as roles: [String]) async throws -> [String: String] {
        let result = Locked([String: String]())
        try await WebTestApp.run(seed: seed) { client, _, store in
            for role in roles {
                let api = try await APITestClient.withToken(client, store: store, for: role)
                let body = String(buffer: try await api.get(uri).body)
                result.value[role] = body
            }
        }
        return result.value
    }

    static func row(_ header: String, _ cells: [String]) -> String {
        "<th scope=\"row\">\(header)</th>" + cells.map { "<td class=\"numeric\">\($0)</td>" }.joined()
    }
}

extension SmallNumberTests {
    /// Finance first, then read-only, in one app: the overview's counts are kept between them, and each
    /// still gets its own page. Commissioned = IFA = 4 (hidden with its share); family-based = all 10.
    @Test func overview() async throws {
        let pages = try await Self.pages("/", as: [.finance, .readOnly])
        let finance = try #require(pages[.finance]), readOnly = try #require(pages[.readOnly])
        #expect(finance.contains(Self.row("Fostering: independent agency (IFA)", ["4", "40%"])))
        #expect(readOnly.contains(Self.row("Fostering: independent agency (IFA)", ["fewer than 6", "not shown"])))
        for page in [finance, readOnly] {
            #expect(page.contains("10 children were in care on 31 March 2025."))
            #expect(page.contains(Self.row("Fostering: in-house", ["6", "60%"])))
            #expect(page.contains("<dt>In family-based settings</dt><dd>100% (10 children)</dd>"))
            #expect(page.contains(Self.row("12 months", ["10", "0", "+10"])))
        }
        #expect(finance.contains("<dt>In commissioned placements</dt><dd>40% (4 children)</dd>"))
        #expect(readOnly.contains("<dt>In commissioned placements</dt><dd>fewer than 6 children</dd>"))
        // May 2024: 1 started, so its net change (+1) would give it away too.
        #expect(finance.contains(Self.row("May 2024", ["1", "0", "+1"])))
        #expect(readOnly.contains(Self.row("May 2024", ["fewer than 6", "0", "not shown"])))
        // The "Started care" line has a month of 1: read-only's chart leaves it out and says so.
        #expect(finance.contains("Started care") && !finance.contains("is not drawn"))
        #expect(readOnly.contains("A line with fewer than 6 children in any month is not drawn."))
        #expect(readOnly.contains(SmallNumbers.note) && !finance.contains(SmallNumbers.note))
        #expect(!finance.contains("fewer than 6"))
    }

    /// The IFA line of 4 children: read-only sees "fewer than 6" and no money but the budget; in-house (6)
    /// and the total (10) are shown to both, with their averages (£400.00, £540.00).
    @Test func budgetPage() async throws {
        let pages = try await Self.pages("/budget?period=2024-12", as: [.finance, .readOnly])
        let finance = try #require(pages[.finance]), readOnly = try #require(pages[.readOnly])
        #expect(
            readOnly.contains(
                Self.row(
                    "External Fostering (IFA)",
                    ["fewer than 6", "0.150", "–", "fewer than 6", "not shown", "–", "not shown", "not shown"])))
        #expect(readOnly.contains(Self.row("External Fostering (IFA)", Array(repeating: "not shown", count: 4))))
        #expect(finance.contains("External Fostering (IFA)</a></th><td class=\"numeric\">4</td>"))
        #expect(finance.contains("£750.00") && !readOnly.contains("£750.00"))
        for page in [finance, readOnly] {
            #expect(page.contains("£400.00") && page.contains("£540.00"))
            #expect(page.contains("forecast £") && page.contains("against a budget of £0.280m"))
        }
        #expect(readOnly.contains(Self.row("In-House Foster Care", ["6", "0.130", "–", "6"])))
        #expect(readOnly.contains(Self.row("Total", ["10", "0.280", "–", "10"])))
        #expect(readOnly.contains(SmallNumbers.note))
        #expect(!finance.contains("fewer than 6") && !finance.contains(SmallNumbers.note))
    }

    /// The seed table as CSV (money as plain pounds; no previous month, so blanks there) and the workbook.
    @Test func budgetDownloads() async throws {
        let csv = try await Self.pages("/budget.csv?period=2024-12", as: [.finance, .readOnly])
        #expect(
            csv[.readOnly]?.contains(
                "External Fostering (IFA),fewer than 6,150000.00,,fewer than 6,not shown,,not shown,not shown,\r\n")
                == true)
        #expect(csv[.finance]?.contains("External Fostering (IFA),4,150000.00,,4,") == true)
        #expect(csv[.finance]?.contains(",750.00,") == true && csv[.readOnly]?.contains("750.00") == false)
        for role in [Role.finance, .readOnly] {
            #expect(csv[role]?.contains("In-House Foster Care,6,130000.00,,6,") == true)
        }
        let workbook = try await Self.pages("/budget.xlsx?period=2024-12", as: [.finance, .readOnly])
        #expect(workbook[.readOnly]?.contains("fewer than 6") == true)
        #expect(workbook[.finance]?.contains("fewer than 6") == false)
    }

    /// A hidden field is null and named in its object's `suppressed` list; nothing else changes.
    @Test func apiSummary() async throws {
        let answers = try await Self.answers("/api/v1/summary", as: ["finance", "read-only"])
        let finance = try #require(answers["finance"]), readOnly = try #require(answers["read-only"])
        let ifa =
            "{\"authority\":\"990\",\"category\":\"fostering-ifa\",\"label\":\"Fostering: independent agency (IFA)\","
        #expect(finance.contains(ifa + "\"children\":4}"))
        #expect(readOnly.contains(ifa + "\"children\":null,\"suppressed\":[\"children\"]}"))
        #expect(finance.contains("{\"authority\":\"990\",\"month\":\"2024-05\",\"entries\":1,\"exits\":0}"))
        #expect(
            readOnly.contains(
                "{\"authority\":\"990\",\"month\":\"2024-05\",\"entries\":null,\"exits\":0,\"suppressed\":[\"entries\"]}"
            ))
        for answer in [finance, readOnly] {
            #expect(answer.contains("\"children_in_care\":10,"))
            #expect(answer.contains("\"label\":\"Fostering: in-house\",\"children\":6}"))
        }
        #expect(!finance.contains("suppressed"))
    }

    @Test func apiBudget() async throws {
        let answers = try await Self.answers("/api/v1/budget?period=2024-12", as: ["finance", "read-only"])
        #expect(
            answers["read-only"]?.contains(
                "{\"line\":\"External Fostering (IFA)\",\"budgeted_children\":null,\"budget\":150000.00,"
                    + "\"previous_forecast\":null,\"children_at_period_end\":null,\"forecast\":null,"
                    + "\"variance_to_previous\":null,\"variance_to_budget\":null,\"average_weekly_unit_cost\":null,"
                    + "\"unit_cost_change\":null,\"suppressed\":[\"budgeted_children\",\"children_at_period_end\","
                    + "\"forecast\",\"variance_to_budget\",\"average_weekly_unit_cost\"]}") == true)
        #expect(
            answers["finance"]?.contains(
                "{\"line\":\"External Fostering (IFA)\",\"budgeted_children\":4,\"budget\":150000.00,"
                    + "\"previous_forecast\":null,\"children_at_period_end\":4,") == true)
        #expect(answers["finance"]?.contains("\"average_weekly_unit_cost\":750.00,") == true)
        #expect(answers["finance"]?.contains("suppressed") == false)
        #expect(answers["read-only"]?.contains("\"average_weekly_unit_cost\":540.00,") == true)
    }

    /// A projected kind of home expected to hold 3.2 children is hidden from read-only, mean and band
    /// alike; 7 is shown (no variance here, so sd 0 and the band is 7 to 7).
    @Test func apiProjectionPoint() {
        let band = DemandAgeBand.allCases[0]
        var means = Array(repeating: 0.0, count: DemandState.count)
        means[DemandState(band, .fostering).index] = 3.2
        means[DemandState(band, .residential).index] = 7
        let point = ProjectionPoint(
            date: Day(iso: "2025-04-30")!, means: means, variances: Array(repeating: 0, count: DemandState.count))
        #expect(
            APIProjection.row(point, .fostering, .suppressSmallNumbers).text
                == "{\"date\":\"2025-04-30\",\"category\":\"Fostering\",\"mean\":null,\"sd\":null,\"lower\":null,"
                + "\"upper\":null,\"suppressed\":[\"mean\",\"sd\",\"lower\",\"upper\"]}")
        #expect(
            APIProjection.row(point, .residential, .suppressSmallNumbers).text
                == "{\"date\":\"2025-04-30\",\"category\":\"Residential\",\"mean\":7.000,\"sd\":0.000,"
                + "\"lower\":7.000,\"upper\":7.000}")
        #expect(APIProjection.row(point, .fostering, .full).text.contains("\"mean\":3.200,"))
    }

    /// The projection page over sixty children in six kinds of home (`ProjectionRouteTests.seed`): no table
    /// shows read-only a number of children that rounds to 1 to 5; finance sees the same run in full, and
    /// when it has such numbers read-only's page says why they are hidden.
    @Test func projectionPage() async throws {
        let pages = Locked([Role: String]())
        try await WebTestApp.run(seed: ProjectionRouteTests.seed) { client, _, _ in
            for role in [Role.finance, .readOnly] {
                let browser = try await SignedInClient.signIn(client, as: role.rawValue)
                let response = try await browser.execute(uri: "/projection?months=6", method: .get)
                pages.value[role] = String(buffer: response.body)
            }
        }
        let finance = try #require(pages.value[.finance]), readOnly = try #require(pages.value[.readOnly])
        #expect(Self.smallCells(readOnly).isEmpty, "\(Self.smallCells(readOnly))")
        #expect(Self.smallCells(finance).isEmpty || readOnly.contains(SmallNumbers.note))
        #expect(!finance.contains("fewer than 6") && !finance.contains(SmallNumbers.note))
    }

    /// The table cells that show a number of children that surely rounds to 1 to 5: "3", or "4.6 (1 to 8)"
    /// (a mean shown as 0.5 may be 0.46, which rounds to 0, so from 0.6). Money ("£…") and shares ("…%")
    /// are not numbers of children.
    static func smallCells(_ page: String) -> [String] {
        page.matches(of: #/<td class="numeric">([^<£%]*)</td>/#).map { String($0.output.1) }.filter { cell in
            let first = cell.split(separator: " ").first.map { $0.replacingOccurrences(of: ",", with: "") }
            guard let number = first.flatMap({ Double($0) }) else { return false }
            return number >= 0.55 && number < 5.45
        }
    }
}
