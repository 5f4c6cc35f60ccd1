import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The sufficiency page over `SupplyFixture`: authority 990 (the first of two, so the default), projected
/// from 31 March 2025.
@Suite("Sufficiency page, in process, over a real SQLite file")
struct SufficiencyRouteTests {
    static func page(
        _ uri: String, as role: Role = .finance,
        _ body: @Sendable @escaping (TestResponse, String, HearthStore) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            let response = try await browser.execute(uri: uri, method: .get)
            try await body(response, String(buffer: response.body), store)
        }
    }

    /// The `<tr>…</tr>` of the row headed `header` in the first table after `caption` ("" when there is none).
    static func row(_ header: String, after caption: String, in page: String) -> String {
        guard let table = page.range(of: caption),
            let start = page[table.upperBound...].range(of: "<th scope=\"row\">\(header)</th>"),
            let end = page[start.upperBound...].range(of: "</tr>")
        else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// The numeric cells of a row from `row(_:after:in:)`: for a kind's table, children expected, places
    /// expected, shortfall and cost.
    static func cells(_ row: String) -> [String] {
        row.components(separatedBy: "<td class=\"numeric\">").dropFirst().map {
            $0.components(separatedBy: "</td>")[0]
        }
    }

    /// The rules and inputs, each counted by hand in `SupplyFixture`, and a chart and table for each kind.
    @Test func defaultsShowTheInputsChartsAndTables() async throws {
        try await Self.page("/sufficiency") { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Sufficiency: do we have enough of the right homes?</h1>"))
            #expect(page.contains("<option value=\"990\" selected>990</option><option value=\"991\">991</option>"))
            #expect(page.contains("<a href=\"/sufficiency\" aria-current=\"page\">Sufficiency</a>"))
            let inputs: [(String, String)] = [
                ("Share of foster care with family and friends (kinship)", "20%"),
                ("Share of foster care with the council's own carers", "40%"),
                ("Share of foster care with agencies", "40%"),
                ("Share of children's home places in council homes and block beds", "50%"),
                ("Projected from", "31 March 2025"), ("Months looked ahead", "24"),
                ("Kinship places now", "1"), ("In-house places now", "4"),
                ("Places a newly approved household brings", "1.7"),
                ("In-house places lost to resignation a year", "16.7%"),
                ("Registration delay for new council homes", "90 days"),
                ("Council and block beds", "5 on 30 April 2025, 5 on 31 March 2027"),
                ("Agency foster placement, a week", "£850.00"),
                ("External children's home placement, a week", "£5,000.00"),
            ]
            for (name, value) in inputs {
                #expect(page.contains("<th scope=\"row\">\(name)</th><td>\(value)</td>"), "\(name)")
            }
            for kind in SupplyKind.allCases {
                #expect(
                    page.contains(
                        "role=\"img\" aria-labelledby=\"\(kind.rawValue)-chart-title \(kind.rawValue)-chart-desc\""))
                let caption = "<caption>\(kind.label): children expected to need a place"
                #expect(ProjectionRouteTests.rows(after: caption, in: page) == 24, "\(kind.label)")
            }
        }
    }

    /// On 31 March 2025 all 7 of 990's children are in care: 5 fostered (C1, C2, C3, C4, C7: family-based,
    /// 5 ÷ 7 = 71.4%) and 3 with private providers (C3, C4 and R1: 3 ÷ 7 = 42.9%); no return gives a distance.
    @Test func whereChildrenLive() async throws {
        try await Self.page("/sufficiency") { _, page, _ in
            #expect(page.contains("<h2>Where children in care lived</h2>"))
            #expect(
                page.contains(
                    "<th scope=\"row\">31 March 2025</th><td class=\"numeric\">7</td><td class=\"numeric\">71.4%</td>"
                        + "<td class=\"numeric\">42.9%</td><td class=\"numeric\">not known</td>"))
        }
    }

    /// The lede says the in-house foster gap in words; its numbers are those of the same report the CLI prints.
    @Test func ledeIsTheSameReportInWords() async throws {
        try await Self.page("/sufficiency?la=990") { response, page, store in
            #expect(response.status == .ok)
            let report = try await SufficiencyReport.load(authority: "990", store: store)
            let shown = SufficiencyPage(form: SufficiencyForm(), authorities: ["990", "991"], report: report)
            let sentence = shown.sentence(.inHouseFostering, report)
            #expect(sentence.hasPrefix("Over the next 24 months the council is expected to"))
            #expect(page.contains("<p class=\"lede\">\(sentence)</p>"), "\(sentence)")
            let last = try #require(report.rows.last)
            let cells = Self.cells(Self.row(last.month.long, after: "<caption>\(last.kind.label): children", in: page))
            #expect(
                cells == [
                    ProjectionPage.children(last.demand), ProjectionPage.children(last.supply),
                    ProjectionPage.children(last.shortfall), ProjectionPage.pounds(last.cost),
                ])
        }
    }

    /// Elm Lodge is planned to open on 1 October 2025: with the default 90 days' delay its beds count from
    /// 30 December, so October has Oak House's 3 and the block's 2; with no delay, 7.
    @Test func theRegistrationDelayMovesAPlannedHome() async throws {
        let caption = "<caption>Council and block residential beds: children expected"
        try await Self.page("/sufficiency") { _, page, _ in
            #expect(Self.cells(Self.row("31 October 2025", after: caption, in: page)).dropFirst().first == "5.0")
            #expect(Self.cells(Self.row("31 December 2025", after: caption, in: page)).dropFirst().first == "7.0")
        }
        try await Self.page("/sufficiency?registration-delay=0&months=12") { response, page, _ in
            #expect(response.status == .ok)
            #expect(Self.cells(Self.row("31 October 2025", after: caption, in: page)).dropFirst().first == "7.0")
            #expect(page.contains("<th scope=\"row\">Registration delay for new council homes</th><td>0 days</td>"))
            #expect(ProjectionRouteTests.rows(after: caption, in: page) == 12)
            #expect(page.contains("id=\"registration-delay\" name=\"registration-delay\" value=\"0\""))
        }
    }

    @Test(
        "bad values: 400, the error summary links to the field, the form keeps what was typed",
        arguments: [
            ("months=6", "months", "Enter the months to look ahead as a whole number from 12 to 48, like 24.", "6"),
            ("months=lots", "months", "Enter the months to look ahead as a whole number from 12 to 48", "lots"),
            ("months=49", "months", "from 12 to 48", "49"),
            (
                "registration-delay=400", "registration-delay",
                "Enter the registration delay as a whole number of days from 0 to 365, like 90.", "400"
            ),
            ("registration-delay=-1", "registration-delay", "from 0 to 365", "-1"),
            ("la=999", "la", "Choose an authority from the list.", nil),
        ])
    func badValues(query: String, field: String, message: String, kept: String?) async throws {
        try await Self.page("/sufficiency?" + query) { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<title>Error: Sufficiency – Hearth</title>"))
            #expect(page.contains("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>"))
            #expect(page.contains("<li><a href=\"#\(field)\">") && page.contains(message))
            #expect(page.contains("id=\"\(field)-error\""))
            if let kept { #expect(page.contains("name=\"\(field)\" value=\"\(kept)\"")) }
            #expect(!page.contains("role=\"img\""))  // nothing worked out
        }
    }

    /// Both problems at once, in the form's order.
    @Test func everyProblemAtOnce() async throws {
        try await Self.page("/sufficiency?registration-delay=x&months=y") { response, page, _ in
            #expect(response.status == .badRequest)
            let months = try #require(page.range(of: "<li><a href=\"#months\">"))
            let delay = try #require(page.range(of: "<li><a href=\"#registration-delay\">"))
            #expect(months.lowerBound < delay.lowerBound)
        }
    }

    /// The fixture's demand is a few children of each kind: read-only sees "fewer than 6" and why, and no
    /// demand line; finance sees every number.
    @Test func readOnlySeesSmallNumbersSuppressed() async throws {
        let pages = Locked([Role: String]())
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, _ in
            for role in [Role.finance, .readOnly] {
                let browser = try await SignedInClient.signIn(client, as: role.rawValue)
                let response = try await browser.execute(uri: "/sufficiency", method: .get)
                #expect(response.status == .ok)
                pages.value[role] = String(buffer: response.body)
            }
        }
        let finance = try #require(pages.value[.finance]), readOnly = try #require(pages.value[.readOnly])
        #expect(readOnly.contains(SmallNumbers.fewer) && readOnly.contains(SmallNumbers.note))
        #expect(!readOnly.contains("Children expected to need a place: blue, solid line"))
        #expect(!finance.contains(SmallNumbers.fewer) && !finance.contains(SmallNumbers.note))
        #expect(finance.contains("Children expected to need a place: blue, solid line"))
        // Places are homes, not children: both see them.
        #expect(readOnly.contains("<th scope=\"row\">In-house places now</th><td>4</td>"))
    }

    @Test(arguments: [Role.socialWorker])
    func rolesNotAllowedAreRefused(role: Role) async throws {
        try await Self.page("/sufficiency", as: role) { response, page, _ in
            #expect(response.status == .forbidden)
            #expect(!page.contains("Sufficiency: do we"))
        }
    }

    /// The navigation offers the page to the roles that may open it, and only them.
    @Test func navigationShowsItToAllowedRolesOnly() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, _ in
            for role in Role.allCases {
                let browser = try await SignedInClient.signIn(client, as: role.rawValue)
                let overview = String(buffer: try await browser.execute(uri: "/", method: .get).body)
                for route in [Route.sufficiency, .fostering, .homes] {
                    #expect(
                        overview.contains("<a href=\"\(route.path)\">") == route.allows(role),
                        "\(route.path) for \(role.rawValue)")
                }
            }
        }
    }

    @Test func noDataYet() async throws {
        try await WebTestApp.run { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            for uri in ["/sufficiency", "/fostering", "/homes"] {
                let response = try await browser.execute(uri: uri, method: .get)
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<h1>No data yet</h1>"), "\(uri)")
            }
        }
    }
}
