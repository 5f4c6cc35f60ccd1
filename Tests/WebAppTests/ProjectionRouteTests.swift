import CareModel
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

@Suite("Projection page, in process, over a real SQLite file")
struct ProjectionRouteTests {
    /// Sixty children in two authorities (990 even, 991 odd), entering every 23 days from 1 April 2021 in
    /// six kinds of home; two in three leave after 150 + 11·i days (unless that is after 31 March 2025)
    /// and every fourth of those moves to a children's home instead. The data window is therefore
    /// 1 April 2021 to 31 March 2025, and the projection starts on 31 March 2025.
    static func histories() -> [ChildHistory] {
        let homes: [(PlacementType, PlacementProvider?)] = [
            (.u4, .pr1), (.u4, .pr4), (.u1, nil), (.k2, .pr4), (.k3, .pr4), (.p1, nil),
        ]
        let dataEnd = Day(iso: "2025-03-31")!
        return (0..<60).map { i in
            let id = "P\(i)", start = Day(iso: "2021-04-01")!.adding(days: 23 * i)
            let (place, provider) = homes[i % homes.count]
            let end = i % 3 == 0 ? nil : Optional(start.adding(days: 150 + 11 * i)).flatMap { $0 <= dataEnd ? $0 : nil }
            var episodes = [
                Episode(
                    childID: id, start: start, reasonNew: .s, legalStatus: .c2, place: place, provider: provider,
                    end: end, reasonEnded: end == nil ? nil : (i % 4 == 1 ? .x1 : .e13))
            ]
            if let end, i % 4 == 1 {
                episodes.append(
                    Episode(childID: id, start: end, reasonNew: .p, legalStatus: .c2, place: .k2, provider: .pr4))
            }
            let child = Child(
                id: id, sex: i % 2 == 0 ? .female : .male, dateOfBirth: Day(iso: "2008-01-01")!.adding(days: 97 * i))
            return ChildHistory(authority: i % 2 == 0 ? "990" : "991", child: child, episodes: episodes)
        }
    }

    static func seed(_ store: HearthStore) async throws {
        _ = try await store.careRecords.saveImport(
            histories(), report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
    }

    static func page(
        _ uri: String, as role: Role = .finance,
        _ body: @Sendable @escaping (TestResponse, String, HearthStore) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: seed) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            let response = try await browser.execute(uri: uri, method: .get)
            try await body(response, String(buffer: response.body), store)
        }
    }

    /// What the page must say for the last month: the same run `hearth project` makes, on the same histories.
    static func expectedLastMonth(_ settings: DemandProjectionSettings, la: AuthorityCode?, store: HearthStore)
        async throws -> String
    {
        let histories = try await store.careRecords.histories(authorities: la.map { [$0] })
        let projection = try await DemandProjection.run(settings, histories: histories)
        let last = try #require(ProjectedMonth.months(of: projection).last)
        let all = try #require(last.counts.last)
        return "<dt>Projected for \(last.date.long)</dt><dd>\(ProjectionPage.children(all.mean)) children "
            + "(\(ProjectionPage.whole(all.lower)) to \(ProjectionPage.whole(all.upper)))</dd>"
    }

    /// Defaults: the whole data (1 April 2021 to 31 March 2025), 24 months from 31 March 2025, both
    /// authorities together; 24 projected month ends and 12 observed before the start plus the start.
    @Test func defaultsShowChartsThenTables() async throws {
        try await Self.page("/projection") { response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Demand projection</h1>"))
            #expect(
                page.contains(
                    "in all 2 authorities together, projected 24 months from 31 March 2025 by\nthe stock-and-flow (Markov) method, at the rates seen from 1 April 2021 to 31 March 2025."
                ))
            #expect(page.contains("id=\"reference-start\" name=\"reference-start\" value=\"2021-04-01\""))
            #expect(page.contains("<option value=\"\" selected>All authorities together</option>"))
            #expect(page.contains("<a href=\"/projection\" aria-current=\"page\">Projection</a>"))
            // Each chart is an image with a title and description, followed by its table.
            for id in ["children-chart", "cost-chart"] {
                #expect(page.contains("role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            }
            let children = try #require(page.range(of: "children-chart-title"))
            let table = try #require(page.range(of: "<caption>Projected children in care at each month end"))
            #expect(children.upperBound < table.lowerBound)
            #expect(Self.rows(after: "<caption>Projected children in care at each month end", in: page) == 24)
            #expect(Self.rows(after: "<caption>Children in care at recent month ends (observed)", in: page) == 13)
            #expect(Self.rows(after: "<caption>Projected cost per month", in: page) == 24)
            #expect(page.contains("<th scope=\"row\">30 April 2025</th><td class=\"numeric\">"))
            #expect(page.contains("<dt>Projected cost, 2025-26</dt><dd>£"))
            let settings = DemandProjectionSettings(
                paths: ProjectionForm.monteCarloPaths, costs: .init(),
                observedMonths: ProjectionForm.observedMonths)
            let expected = try await Self.expectedLastMonth(settings, la: nil, store: store)
            #expect(page.contains(expected), "\(expected)")
        }
    }

    @Test func oneAuthorityWindowAndSeasonalEntries() async throws {
        let uri =
            "/projection?la=991&reference-start=2022-04-01&reference-end=31/03/2024&months=12&seasonal=yes&method=markov"
        try await Self.page(uri) { response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("in authority 991, projected 12 months from 31 March 2025"))
            #expect(page.contains("from 1 April 2022 to 31 March 2024, with seasonal entries."))
            #expect(page.contains("<option value=\"991\" selected>991</option>"))
            #expect(page.contains("value=\"2024-03-31\""))  // the UK form given, shown back as ISO
            #expect(page.contains("id=\"seasonal\" name=\"seasonal\" value=\"yes\" checked"))
            #expect(Self.rows(after: "<caption>Projected children in care at each month end", in: page) == 12)
            let settings = DemandProjectionSettings(
                months: 12, referenceStart: Day(iso: "2022-04-01"), referenceEnd: Day(iso: "2024-03-31"),
                paths: ProjectionForm.monteCarloPaths, seasonal: true, costs: .init(),
                observedMonths: ProjectionForm.observedMonths)
            let expected = try await Self.expectedLastMonth(settings, la: "991", store: store)
            #expect(page.contains(expected), "\(expected)")
        }
    }

    /// Monte-Carlo on the web: 500 seeded paths, the range is the 5th to 95th percentile, and the numbers
    /// are the seeded run's own.
    @Test func monteCarloShowsPercentiles() async throws {
        try await Self.page("/projection?method=montecarlo&months=6&la=990") { response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("Monte-Carlo method (500 paths)"))
            #expect(page.contains("expected number (range, 5th to 95th percentile)"))
            #expect(page.contains("id=\"method-montecarlo\" name=\"method\" value=\"montecarlo\" checked"))
            #expect(Self.rows(after: "<caption>Projected children in care at each month end", in: page) == 6)
            #expect(page.contains("(which the Monte-Carlo paths average to)"))
            let settings = DemandProjectionSettings(
                months: 6, method: .montecarlo, paths: 500, costs: .init(),
                observedMonths: ProjectionForm.observedMonths)
            let expected = try await Self.expectedLastMonth(settings, la: "990", store: store)
            #expect(page.contains(expected), "\(expected)")
        }
    }

    /// Monte-Carlo by time in placement, priced path by path: the lede says so, and the cost range table
    /// has a row per month end (6).
    @Test func monteCarloByTimeInPlacementWithCostRange() async throws {
        try await Self.page("/projection?method=montecarlo&by-duration=yes&months=6&la=990") { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains(", by time in placement.</p>"))
            #expect(page.contains("id=\"by-duration\" name=\"by-duration\" value=\"yes\" checked"))
            #expect(
                Self.rows(
                    after: "<caption>Range of the total cost per month across the 500 Monte-Carlo paths", in: page) == 6
            )
        }
    }

    /// Prices from the form: the page says which it used, and its yearly totals are those of the same run
    /// (DemandProjection.run with those cost options) rounded to whole pounds.
    @Test func pricesFromTheForm() async throws {
        try await Self.page("/projection?months=12&la=990&inflation=3.5&weekly-fostering-agency=1%2C050") {
            response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("except Fostering (IFA) £1,050.00"), "\(page)")
            #expect(page.contains("with prices rising 3.5% a year"))
            #expect(page.contains("id=\"weekly-fostering-agency\" name=\"weekly-fostering-agency\" value=\"1,050\""))
            let options = DemandProjectionSettings.CostOptions(
                inflation: 0.035, weeklyCosts: [.fosteringAgency: Money(pounds: 1_050)])
            let settings = DemandProjectionSettings(
                months: 12, costs: options, observedMonths: ProjectionForm.observedMonths)
            let histories = try await store.careRecords.histories(authorities: ["990"])
            let projection = try await DemandProjection.run(settings, histories: histories)
            let first = try #require(projection.costs?.financialYears.first)
            #expect(page.contains("<dd>\(ProjectionPage.pounds(first.total))</dd>"))
        }
    }

    @Test(
        "bad input: 400, the error summary links to the field and says the rule",
        arguments: [
            ("months=60", "months", "The number of months to project must be between 1 and 48"),
            ("by-duration=yes", "by-duration", "Time in placement works with the Monte-Carlo method only"),
            ("inflation=lots", "inflation", "Enter inflation as a percentage a year, like 3.5."),
            ("inflation=150", "inflation", "Inflation must be a yearly rise between 0% and 100% (got 150%)."),
            ("weekly-residential-external=-5", "weekly-residential-external", "must not be negative (got -£5.00)"),
            ("weekly-supported=cheap", "weekly-supported", "Enter the weekly cost of"),
            ("months=two", "months", "Enter the number of months to project as a whole number, like 24."),
            ("months=0", "months", "must be between 1 and 48"),
            (
                "reference-start=2023-02-30", "reference-start",
                "Enter the reference window start as a real date, like 2023-04-01."
            ),
            ("reference-end=soon", "reference-end", "Enter the reference window end as a real date"),
            (
                "reference-start=2024-04-01&reference-end=2023-04-01", "reference-start",
                "The reference window start must be before the reference window end (the window runs from 1 April 2024 to 1 April 2023)."
            ),
            (
                "reference-start=2025-06-01", "reference-start",
                "The reference window start must be before the reference window end"
            ),
            ("method=guess", "method", "Choose stock-and-flow (Markov) or Monte-Carlo."),
            ("la=999", "la", "Choose an authority from the list."),
            ("sex=X", "sex", "Choose a sex from the list."),
            ("uasc=maybe", "uasc", "Choose all children, UASC or not UASC."),
            ("age-band=teen", "age-band", "Choose an age band from the list."),
            (
                "method=montecarlo&age-band=5-9", "age-band",
                "The age band works with the stock-and-flow (Markov) method only"
            ),
        ])
    func badInput(query: String, field: String, message: String) async throws {
        try await Self.page("/projection?" + query) { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<title>Error: Demand projection – Hearth</title>"))
            #expect(page.contains("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>"))
            #expect(page.contains("<li><a href=\"#\(field)\">") && page.contains(message))
            #expect(page.contains("id=\"\(field)-error\""))  // the message beside the field too
            #expect(!page.contains("role=\"img\""))  // nothing projected
        }
    }

    /// Every problem is listed at once, in the order of the form, and each field keeps what was typed.
    @Test func everyProblemAtOnce() async throws {
        try await Self.page("/projection?months=60&reference-start=2020-13-01&method=markov") { response, page, _ in
            #expect(response.status == .badRequest)
            let date = try #require(
                page.range(of: "<li><a href=\"#reference-start\">Enter the reference window start as a real date"))
            let months = try #require(
                page.range(of: "<li><a href=\"#months\">The number of months to project must be between 1 and 48"))
            #expect(date.lowerBound < months.lowerBound)
            #expect(page.contains("value=\"2020-13-01\"") && page.contains("value=\"60\""))
        }
    }

    /// The page is aggregates only: read-only and social workers see it, and no child is named or linked.
    @Test(arguments: [Role.readOnly, .socialWorker])
    func everyRoleSeesAggregatesOnly(role: Role) async throws {
        try await Self.page("/projection?months=3", as: role) { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("role=\"img\""))
            #expect(!page.contains(">P1<") && !page.contains("P12"))
            if role == .readOnly { #expect(!page.contains("/children")) }
        }
    }

    @Test func noDataYet() async throws {
        try await WebTestApp.run { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            let response = try await browser.execute(uri: "/projection", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("<h1>No data yet</h1>"))
        }
    }

    /// Body rows of the table whose caption starts with `caption`.
    static func rows(after caption: String, in page: String) -> Int {
        guard let start = page.range(of: caption),
            let body = page[start.upperBound...].range(of: "<tbody>"),
            let end = page[body.upperBound...].range(of: "</tbody>")
        else { return -1 }
        return page[body.upperBound..<end.lowerBound].components(separatedBy: "<tr>").count - 1
    }
}
