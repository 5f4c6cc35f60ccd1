import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Interchange
import Storage
import Testing

@testable import WebApp

@Suite("Budget monitor drill-down and downloads, in process, over a real SQLite file")
struct BudgetDrillDownTests {
    static let line = "/budget/line?period=2024-12&la=990&line=External%20Fostering%20%28IFA%29"

    /// BudgetRouteTests' child A (IFA, £700 a week from 1 April 2024), with November (P8) closed at that
    /// price and then an uplift to £770 from 1 December 2024 put on the register.
    /// P8 froze: 1 Apr 2024–31 Mar 2025 = 365 days × £700 / 7 = £36,500.00.
    /// P9 prices the run as 244 days (1 Apr–30 Nov) × 700 / 7 = £24,400 + 121 days (1 Dec–31 Mar) × 770 / 7
    /// = £13,310 → £37,710.00: a cost change of £1,210.00 for child A. Actual to 31 December = 24,400 +
    /// 31 × 770 / 7 = £27,810.00; committed = 37,710 − 27,810 = £9,900.00.
    static func seedWithUplift(_ store: HearthStore) async throws {
        try await BudgetRouteTests.seed(store)
        let november = try await MonitorReport.load(store: store, la: "990", period: Period(calendarMonth: "2024-11")!)
        try await store.budget.closePeriod(
            authority: "990", period: november.period,
            forecastJSON: try november.frozenForecastJSON, closedAt: Date(timeIntervalSince1970: 0))
        let start = Day(iso: "2024-04-01")!
        let cost = PlacementCost(
            child: ChildKey(authority: "990", child: "A"), placementStart: start, place: .u4,
            providerType: .pr4,
            rates: [
                WeeklyRate(effectiveFrom: start, weekly: Money(pounds: 700)),
                WeeklyRate(effectiveFrom: Day(iso: "2024-12-01")!, weekly: Money(pounds: 770)),
            ])
        try await store.budget.replaceCosts(authority: "990", with: [cost], importedAt: Date(timeIntervalSince1970: 0))
    }

    static func page(_ uri: String, as role: Role = .finance) async throws -> (HTTPResponse.Status, String) {
        let result = Locked<(HTTPResponse.Status, String)>((.ok, ""))
        try await WebTestApp.run(seed: seedWithUplift) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            let response = try await browser.execute(uri: uri, method: .get)
            result.value = (response.status, String(buffer: response.body))
        }
        return result.value
    }

    @Test func lineListsItsPlacementsWithLinksToTheChildren() async throws {
        let (status, page) = try await Self.page(Self.line)
        #expect(status == .ok)
        #expect(page.contains("<h1>External Fostering (IFA)</h1>"))
        #expect(
            page.contains("<th scope=\"row\"><a href=\"/children/990/A\">A</a></th><td>1 April 2024</td><td>Yes</td>"))
        #expect(
            page.contains(
                "<td class=\"numeric\">£770.00</td><td class=\"numeric\">£27,810.00</td><td class=\"numeric\">£9,900.00</td>"
            ))
        #expect(page.contains("<dt>Forecast outturn</dt><dd>£37,710.00</dd>"))
    }

    @Test func movementShowsItsCausesAndChildren() async throws {
        let (_, page) = try await Self.page(Self.line)
        #expect(page.contains("From £36,500.00 to £37,710.00: a change of £1,210.00."))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">Cost changes</th><td class=\"numeric\">£1,210.00</td><td><a href=\"/children/990/A\">A</a></td></tr>"
            ))
        let (_, monitor) = try await Self.page("/budget?period=2024-12&la=990")
        #expect(
            monitor.contains(
                "<a href=\"/budget/line?period=2024-12&amp;la=990&amp;line=External%20Fostering%20%28IFA%29#movement\">"
            ))
    }

    @Test func unknownLineIsNotFoundAndReadOnlyIsRefused() async throws {
        #expect(try await Self.page("/budget/line?period=2024-12&la=990&line=Nowhere").0 == .notFound)
        #expect(try await Self.page(Self.line, as: .readOnly).0 == .forbidden)
        let (_, monitor) = try await Self.page("/budget?period=2024-12&la=990", as: .readOnly)
        #expect(!monitor.contains("/budget/line"))
        #expect(!monitor.contains("view=placements"))
        #expect(monitor.contains("/budget.csv?period=2024-12&amp;la=990&amp;view=monitor"))
    }

    /// The CSV is the CLI's sheet: money as plain pounds. Forecast 37,710.00; budget 30,000.00.
    @Test func csvDownloadOfOneView() async throws {
        let (status, csv) = try await Self.page("/budget.csv?period=2024-12&la=990&view=placements")
        #expect(status == .ok)
        #expect(
            csv.hasPrefix(
                "Line,Child,Placement start,Open at period end,Net weekly,Actual to date,Committed,Committed through,Forecast\r\n"
            ))
        #expect(csv.contains("External Fostering (IFA),A,2024-04-01,yes,770.00,27810.00,9900.00,2025-03-31,37710.00"))
        #expect(
            try await Self.page("/budget.csv?period=2024-12&la=990&view=placements", as: .readOnly).0 == .badRequest)
        #expect(try await Self.page("/budget.csv?period=2024-12&la=990&view=monitor", as: .readOnly).0 == .ok)
    }

    /// An XLSX is a ZIP: it starts "PK"; read-only's has two sheets (monitor and make-up), finance's seven.
    @Test func workbookDownloadHoldsTheSheetsTheRoleMaySee() async throws {
        let (status, finance) = try await Self.page("/budget.xlsx?period=2024-12&la=990")
        #expect(status == .ok)
        #expect(finance.hasPrefix("PK"))
        #expect(finance.contains("xl/worksheets/sheet7.xml"))
        let (_, readOnly) = try await Self.page("/budget.xlsx?period=2024-12&la=990", as: .readOnly)
        #expect(readOnly.contains("xl/worksheets/sheet2.xml"))
        #expect(!readOnly.contains("xl/worksheets/sheet3.xml"))
    }
}

extension BudgetDrillDownTests {
    /// A second authority (991) in the database: the monitor asks which one, linking to each.
    @Test func severalAuthoritiesAreOfferedAsAChoice() async throws {
        let result = Locked("")
        try await WebTestApp.run(seed: { store in
            try await BudgetRouteTests.seed(store)
            let child = Child(id: "B", sex: .male, dateOfBirth: Day(iso: "2014-05-05")!)
            let episode = Episode(
                childID: "B", start: Day(iso: "2024-05-01")!, reasonNew: .s, legalStatus: .c2, place: .u4,
                provider: .pr1)
            _ = try await store.careRecords.saveImport(
                [ChildHistory(authority: "991", child: child, episodes: [episode])],
                report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
        }) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "finance")
            result.value = String(buffer: try await browser.execute(uri: "/budget?period=2024-12", method: .get).body)
        }
        #expect(result.value.contains("<h1>Choose an authority</h1>"))
        #expect(result.value.contains("<a href=\"/budget?period=2024-12&amp;la=990\">Authority 990</a>"))
        #expect(result.value.contains("<a href=\"/budget?period=2024-12&amp;la=991\">Authority 991</a>"))
    }
}

/// A value a test closure sets and the test then reads.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

extension BudgetDrillDownTests {
    /// The allowance is chosen on the page and carried into the drill-down and download links; an unknown
    /// one is refused naming the field. recent-6 over child A's one placement (started April 2024, so no
    /// net new placements in the six months to December) allows nothing: the forecast stays £37,710.00.
    @Test func allowanceIsChosenAndCarried() async throws {
        let (status, page) = try await Self.page("/budget?period=2024-12&la=990&allowance=recent-6")
        #expect(status == .ok)
        #expect(page.contains("<option value=\"recent-6\" selected>"))
        #expect(page.contains("Allowance for new placements: recent-6: the average net new placements"))
        #expect(
            page.contains(
                "/budget/line?period=2024-12&amp;la=990&amp;allowance=recent-6&amp;line=External%20Fostering%20%28IFA%29"
            ))
        #expect(page.contains("/budget.xlsx?period=2024-12&amp;la=990&amp;allowance=recent-6"))
        let (_, line) = try await Self.page(
            "/budget/line?period=2024-12&la=990&allowance=recent-6&line=External%20Fostering%20%28IFA%29")
        #expect(line.contains("<dt>Forecast outturn</dt><dd>£37,710.00</dd>"))
        let (refused, problem) = try await Self.page("/budget?period=2024-12&la=990&allowance=lots")
        #expect(refused == .badRequest)
        #expect(problem.contains("<a href=\"#allowance\">Choose the allowance for new placements"))
        #expect(problem.contains("<select id=\"allowance\" name=\"allowance\">"))
    }
}
