import CareModel
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The overview, the projection page and the API for a group of children (sex, UASC, age band), over
/// authority 990 with five children, whose latest event (1 August 2024) makes the data date 31 March 2025:
/// - A, female, born 1 June 2012 (12), UASC, in agency fostering from 1 May 2024;
/// - B, male, born 1 January 2009 (16), UASC until 31 December 2026, in an external home from 10 June 2024;
/// - C, female, born 2 February 2014 (11), not UASC, fostered by a relative from 1 July 2024;
/// - D, female, born 1 April 2007 (17), UASC until 31 March 2025 (DUC), in agency fostering from 15 January 2024;
/// - E, female, born 3 March 2010, UASC, in agency fostering from 2 April to 1 August 2024.
/// On 31 March 2025 A, B, C and D are in care, of whom A and B are UASC (D's status ceased that day). In the
/// 12 months to then A, B, C and E started care and E left: of the UASC children, A, B and E started.
@Suite("A group of children: overview, projection and API")
struct ChildGroupRouteTests {
    static func history(
        _ id: String, _ sex: Sex, born: String, uasc: UASCStatus?, _ start: String, _ end: String? = nil,
        _ place: PlacementType = .u4, _ provider: PlacementProvider = .pr4
    ) -> ChildHistory {
        let episode = Episode(
            childID: id, start: Day(iso: start)!, reasonNew: .s, legalStatus: .c2, place: place,
            provider: provider, end: end.map { Day(iso: $0)! }, reasonEnded: end == nil ? nil : .e4a)
        return ChildHistory(
            authority: "990", child: Child(id: id, sex: sex, dateOfBirth: Day(iso: born)!, uasc: uasc),
            episodes: [episode])
    }

    static let histories = [
        history("A", .female, born: "2012-06-01", uasc: UASCStatus(ceased: nil), "2024-05-01"),
        history(
            "B", .male, born: "2009-01-01", uasc: UASCStatus(ceased: Day(iso: "2026-12-31")), "2024-06-10", nil, .k2),
        history("C", .female, born: "2014-02-02", uasc: nil, "2024-07-01", nil, .u1, .pr1),
        history("D", .female, born: "2007-04-01", uasc: UASCStatus(ceased: Day(iso: "2025-03-31")), "2024-01-15"),
        history("E", .female, born: "2010-03-03", uasc: UASCStatus(ceased: nil), "2024-04-02", "2024-08-01"),
    ]

    static func seed(_ store: HearthStore) async throws {
        _ = try await store.careRecords.saveImport(
            histories, report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
    }

    /// The page at `uri` for a browser signed in as `role`: its status and body.
    static func page(_ uri: String, as role: Role = .manager) async throws -> (HTTPResponse.Status, String) {
        let result = Locked((HTTPResponse.Status.ok, ""))
        try await WebTestApp.run(seed: seed) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            let response = try await browser.execute(uri: uri, method: .get)
            result.value = (response.status, String(buffer: response.body))
        }
        return result.value
    }

    /// The API's answer at `uri` to a token of `role`: its status and body.
    static func answer(_ uri: String, as role: String = "manager") async throws -> (HTTPResponse.Status, String) {
        let result = Locked((HTTPResponse.Status.ok, ""))
        try await WebTestApp.run(seed: seed) { client, _, store in
            let api = try await APITestClient.withToken(client, store: store, for: role)
            let response = try await api.get(uri)
            result.value = (response.status, String(buffer: response.body))
        }
        return result.value
    }

    static func row(_ header: String, _ cells: [String]) -> String { SmallNumberTests.row(header, cells) }
}

extension ChildGroupRouteTests {
    /// Everyone: 4 in care, 2 of them UASC; the filter form offers every choice with "All" chosen.
    @Test func overviewShowsUASCInCare() async throws {
        let (status, page) = try await Self.page("/")
        #expect(status == .ok)
        #expect(
            page.contains(
                "4 children were in care on 31 March 2025. Of these, 2 were unaccompanied asylum-seeking children (UASC)."
            ))
        #expect(page.contains(Self.row("12 months", ["4", "1", "+3"])))
        #expect(page.contains("<form method=\"get\" action=\"/\" class=\"filter-form\">"))
        #expect(page.contains("<label for=\"uasc\">Unaccompanied asylum-seeking children (UASC)</label>"))
        #expect(
            page.contains("<select id=\"age-band\" name=\"age-band\"><option value=\"\" selected>All ages</option>"))
        #expect(!page.contains("Showing only"))
    }

    /// `uasc=uasc`: A (agency fostering) and B (external home) on the day; A, B and E started care, E left.
    @Test func overviewOfUASCChildrenOnly() async throws {
        let (status, page) = try await Self.page("/?uasc=uasc&sex=&age-band=")
        #expect(status == .ok)
        #expect(page.contains("Showing only: <strong>UASC</strong>."))
        #expect(
            page.contains(
                "2 children were in care on 31 March 2025. Of these, 2 were unaccompanied asylum-seeking children (UASC)."
            ))
        #expect(page.contains(Self.row("Fostering: independent agency (IFA)", ["1", "50%"])))
        #expect(page.contains(Self.row("Residential: external", ["1", "50%"])))
        #expect(page.contains(Self.row("12 months", ["3", "1", "+2"])))
        #expect(page.contains("<option value=\"uasc\" selected>UASC</option>"))
    }

    /// (address, the lede): a group by UASC and sex, not UASC, and 16 and over (B, 16, and D, 17).
    @Test(arguments: [
        ("/?uasc=uasc&sex=F", "1 child was in care on 31 March 2025. Of these, 1 was an unaccompanied"),
        ("/?uasc=not-uasc", "2 children were in care on 31 March 2025. Of these, none were unaccompanied"),
        ("/?age-band=16-plus", "2 children were in care on 31 March 2025. Of these, 1 was an unaccompanied"),
    ])
    func overviewOfAGroup(uri: String, lede: String) async throws {
        let (status, page) = try await Self.page(uri)
        #expect(status == .ok)
        #expect(page.contains(lede), "\(uri)")
    }

    /// Read-only sees the 4 in care and the 2 UASC children as "fewer than 6".
    @Test func overviewHidesASmallUASCCount() async throws {
        let (_, page) = try await Self.page("/", as: .readOnly)
        #expect(
            page.contains(
                "Fewer than 6 children were in care on 31 March 2025. Of these, fewer than 6 were unaccompanied"))
    }

    /// An unknown sex: 400, the error summary links to the select, which says what is wrong; the form keeps
    /// the valid choice, and no number is shown for a group nobody asked for.
    @Test func overviewRefusesAnUnknownValue() async throws {
        let (status, page) = try await Self.page("/?sex=X&uasc=uasc")
        #expect(status == .badRequest)
        #expect(page.contains("<title>Error: Children in care – Hearth</title>"))
        #expect(page.contains("<li><a href=\"#sex\">Choose a sex from the list.</a></li>"))
        #expect(page.contains("<p class=\"error-message\" id=\"sex-error\">"))
        #expect(page.contains("<div class=\"form-group form-group-error\"><label for=\"sex\">Sex</label>"))
        #expect(page.contains("<select id=\"sex\" name=\"sex\" aria-describedby=\"sex-error\">"))
        #expect(page.contains("<option value=\"uasc\" selected>UASC</option>"))
        #expect(!page.contains("were in care"))
    }
}

extension ChildGroupRouteTests {
    /// Female children aged 10 to 15, both authorities of `ProjectionRouteTests`: the form shows the choice,
    /// the page says which children, and the numbers are those of the same run with that group.
    @Test func projectionOfAGroup() async throws {
        let uri = "/projection?sex=F&age-band=10-15&months=6"
        try await ProjectionRouteTests.page(uri) { response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("<option value=\"F\" selected>Female</option>"))
            #expect(page.contains("<option value=\"10-15\" selected>10 to 15</option>"))
            #expect(page.contains("\nOnly these children: Female, aged 10 to 15.</p>"))
            #expect(page.contains("<h2>Children in care by kind of home: Female, aged 10 to 15</h2>"))
            var settings = DemandProjectionSettings(
                months: 6, paths: ProjectionForm.monteCarloPaths, costs: .init(),
                observedMonths: ProjectionForm.observedMonths)
            settings.group = ChildGroup(sex: .female, ageBand: .age10to15)
            let expected = try await ProjectionRouteTests.expectedLastMonth(settings, la: nil, store: store)
            #expect(page.contains(expected), "\(expected)")
        }
    }

    /// No child of `ProjectionRouteTests` is UASC: the page says so on the UASC field, with status 400.
    @Test func projectionOfAnEmptyGroup() async throws {
        try await ProjectionRouteTests.page("/projection?uasc=uasc") { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<li><a href=\"#uasc\">There are no children to project from in this group (UASC)."))
            #expect(page.contains("id=\"uasc-error\""))
        }
    }
}

extension ChildGroupRouteTests {
    /// UASC girls: A in care on the day (and UASC), E started in April and left in August, A started in May.
    @Test func apiSummaryOfAGroup() async throws {
        let (status, text) = try await Self.answer("/api/v1/summary?uasc=uasc&sex=F")
        #expect(status == .ok)
        #expect(
            text.hasPrefix(
                "{\"date\":\"2025-03-31\",\"authorities\":[\"990\"],"
                    + "\"group\":{\"sex\":\"F\",\"uasc\":\"uasc\",\"age_band\":null},"
                    + "\"children_in_care\":1,\"uasc_in_care\":1,\"by_category\":["))
        #expect(text.contains("{\"authority\":\"990\",\"month\":\"2024-04\",\"entries\":1,\"exits\":0}"))
        #expect(text.contains("{\"authority\":\"990\",\"month\":\"2024-07\",\"entries\":0,\"exits\":0}"))
        #expect(text.contains("{\"authority\":\"990\",\"month\":\"2024-08\",\"entries\":0,\"exits\":1}"))
    }

    /// Everyone: 4 in care, 2 UASC; read-only gets both as null, named in `suppressed`.
    @Test func apiSummaryUASCInCare() async throws {
        let (_, manager) = try await Self.answer("/api/v1/summary")
        #expect(manager.contains("\"group\":{\"sex\":null,\"uasc\":null,\"age_band\":null},"))
        #expect(manager.contains("\"children_in_care\":4,\"uasc_in_care\":2,"))
        let (_, readOnly) = try await Self.answer("/api/v1/summary", as: "read-only")
        #expect(readOnly.contains("\"children_in_care\":null,\"uasc_in_care\":null,"))
        #expect(readOnly.hasSuffix(",\"suppressed\":[\"children_in_care\",\"uasc_in_care\"]}\n"))
    }

    /// The API's projection is always Markov, so an age band may be asked; the group is echoed.
    @Test func apiProjectionOfAGroup() async throws {
        let (status, text) = try await Self.answer("/api/v1/projection?months=3&uasc=uasc&age_band=16-plus")
        #expect(status == .ok)
        #expect(text.contains(",\"months\":3,\"group\":{\"sex\":null,\"uasc\":\"uasc\",\"age_band\":\"16-plus\"},"))
        let object = try #require(
            try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["points"] as? [Any])?.count == 12)
    }
}
