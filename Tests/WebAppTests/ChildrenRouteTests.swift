import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

@Suite("Children list and child page, in process, over a real SQLite file")
struct ChildrenRouteTests {
    static func d(_ iso: String) -> Day { Day(iso: iso)! }

    /// Authority 990, latest event 4 June 2024 → data date 31 March 2025 (end of that collection year).
    /// A101 (born 17 May 2012, aged 12 on the data date) was fostered through an agency from 10 April 2023,
    /// then moved to an external children's home on 4 June 2024; A102 (born 9 September 2016, aged 8) lives
    /// with relatives and is not in the register; B201 left care on 5 May 2024 and is not listed.
    static func seed(_ store: HearthStore) async throws {
        let a101 = ChildHistory(
            authority: "990", child: Child(id: "A101", sex: .female, dateOfBirth: d("2012-05-17")),
            episodes: [
                Episode(
                    childID: "A101", start: d("2023-04-10"), reasonNew: .s, legalStatus: .c2, place: .u4,
                    provider: .pr4,
                    end: d("2024-06-04"), reasonEnded: .x1),
                Episode(
                    childID: "A101", start: d("2024-06-04"), reasonNew: .p, legalStatus: .c2, place: .k2, provider: .pr4
                ),
            ])
        let a102 = OverviewRouteTests.history("A102", born: "2016-09-09", "2024-01-01", nil, .u1, .pr1)
        let b201 = OverviewRouteTests.history("B201", born: "2010-01-01", "2023-05-05", "2024-05-05", .u4, .pr4)
        _ = try await store.careRecords.saveImport(
            [a101, a102, b201], report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
        try await store.budget.replaceCosts(authority: "990", with: costs, importedAt: Date(timeIntervalSince1970: 0))
    }

    /// The home's price rose from £4,000 to £4,500 on 1 October 2024 (additional support) and health pays
    /// £500 a week from then: net on 31 March 2025 = 4,500 − 500 = £4,000.00.
    static let costs = [
        PlacementCost(
            child: ChildKey(authority: "990", child: "A101"), placementStart: d("2023-04-10"),
            placementEnd: d("2024-06-04"), place: .u4, providerType: .pr4, providerName: "Acorn Fostering",
            rates: [WeeklyRate(effectiveFrom: d("2023-04-10"), weekly: Money(pounds: 800))]),
        PlacementCost(
            child: ChildKey(authority: "990", child: "A101"), placementStart: d("2024-06-04"), place: .k2,
            providerType: .pr4, providerName: "Oak House Ltd",
            rates: [
                WeeklyRate(effectiveFrom: d("2024-06-04"), weekly: Money(pounds: 4_000)),
                WeeklyRate(effectiveFrom: d("2024-10-01"), weekly: Money(pounds: 4_500), change: .additionalSupport),
            ],
            contributions: [
                Contribution(source: .health, detail: "s117", weekly: Money(pounds: 500), from: d("2024-10-01"))
            ]),
    ]

    static func withApp(
        as role: Role, seed: @escaping @Sendable (HearthStore) async throws -> Void = seed,
        _ body: @Sendable (SignedInClient, HearthStore) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: seed) { client, _, store in
            try await body(try await SignedInClient.signIn(client, as: role.rawValue), store)
        }
    }

    static func page(_ client: SignedInClient, _ uri: String) async throws -> (HTTPResponse.Status, String) {
        let response = try await client.execute(uri: uri, method: .get)
        return (response.status, String(buffer: response.body))
    }

    @Test func listShowsChildrenInCareOnTheDataDate() async throws {
        try await Self.withApp(as: .finance) { client, _ in
            let (status, page) = try await Self.page(client, "/children")
            #expect(status == .ok)
            #expect(page.contains("Children in care on 31 March 2025"))
            #expect(page.contains("Showing 1 to 2 of 2 children"))
            #expect(
                page.contains(
                    "<tr><th scope=\"row\"><a href=\"/children/990/A101\">A101</a></th><td>990</td>"
                        + "<td class=\"numeric\">12</td><td>Residential: external</td><td>Oak House Ltd</td>"
                        + "<td class=\"numeric\">£4,000.00</td></tr>"))
            #expect(
                page.contains(
                    "<td class=\"numeric\">8</td><td>Fostering: relative or friend</td><td>–</td>"
                        + "<td class=\"numeric\">–</td></tr>"))
            #expect(!page.contains("B201"))
            #expect(page.contains("<a href=\"/children\" aria-current=\"page\">Children</a>"))
        }
    }

    /// Search is by the start of the ID, ignoring case: "a10" finds both A children, "A101" one, "B" none
    /// (B201 left care).
    @Test(arguments: [("a10", ["A101", "A102"], 2), ("A101", ["A101"], 1), ("B", [], 0)])
    func searchByIDPrefix(_ query: String, _ found: [String], _ count: Int) async throws {
        try await Self.withApp(as: .placements) { client, _ in
            let (_, page) = try await Self.page(client, "/children?q=\(query)")
            for id in ["A101", "A102"] { #expect(page.contains(">\(id)</a>") == found.contains(id), "\(id)") }
            #expect(page.contains(count == 0 ? "No children in care match." : "of \(count) children"))
        }
    }

    /// 250 children in care: page 1 shows 1–100, page 2 101–200, page 3 201–250 (250 − 200 = 50 rows).
    @Test(arguments: [
        (1, "Showing 1 to 100 of 250 children"), (2, "Showing 101 to 200 of 250 children"),
        (3, "Showing 201 to 250 of 250 children"), (9, "Showing 201 to 250 of 250 children"),
    ])
    func pagingCount(_ page: Int, _ text: String) async throws {
        try await Self.withApp(as: .manager, seed: Self.manyChildren) { client, _ in
            let (_, html) = try await Self.page(client, "/children?page=\(page)")
            #expect(html.contains(text))
            #expect(html.contains("rel=\"next\"") == (page < 3))
        }
    }

    static func manyChildren(_ store: HearthStore) async throws {
        let histories = (1...250).map { n in
            OverviewRouteTests.history("C\(1000 + n)", born: "2012-01-01", "2024-01-01", nil, .u4, .pr4)
        }
        _ = try await store.careRecords.saveImport(
            histories, report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func childPageShowsTimelineAndMonthOfBirth() async throws {
        try await Self.withApp(as: .socialWorker) { client, _ in
            let (status, page) = try await Self.page(client, "/children/990/A101")
            #expect(status == .ok)
            #expect(page.contains("<dt>Born</dt><dd>May 2012</dd>"))
            #expect(page.contains("<a href=\"/children\" class=\"back-link\">Back to children</a>"))
            #expect(!page.contains("17 May 2012") && !page.contains("2012-05-17") && !page.contains("17/05/2012"))
            #expect(
                page.contains(
                    "<th scope=\"row\">10 April 2023</th><td>4 June 2024</td>"
                        + "<td>Fostering: independent agency (IFA)</td><td>Acorn Fostering</td>"))
            #expect(
                page.contains(
                    "<th scope=\"row\">4 June 2024</th><td>Continuing</td><td>Residential: external</td>"
                        + "<td>Oak House Ltd</td><td class=\"numeric\">£4,500.00</td>"))
            #expect(
                page.contains(
                    "<th scope=\"row\">4 June 2024</th><td>Agreed price</td><td class=\"numeric\">£4,000.00</td>"))
            #expect(
                page.contains(
                    "<th scope=\"row\">1 October 2024</th><td>Additional support package</td>"
                        + "<td class=\"numeric\">£4,500.00</td>"))
            #expect(page.contains("<td>Health (s117)</td><td class=\"numeric\">£500.00</td>"))
        }
    }

    @Test func viewingAChildIsAudited() async throws {
        try await Self.withApp(as: .socialWorker) { client, store in
            _ = try await Self.page(client, "/children/990/A101")
            let views = try await store.audit.entries().filter { $0.action == .viewChild }
            #expect(views.count == 1)
            #expect(views.first?.child == ChildKey(authority: "990", child: "A101"))
            #expect(views.first?.username == "social-worker")
        }
    }

    /// The list names children too: seeing it, and what was searched for, is in the audit log.
    @Test func theListAndItsSearchesAreAudited() async throws {
        try await Self.withApp(as: .placements) { client, store in
            _ = try await Self.page(client, "/children")
            _ = try await Self.page(client, "/children?q=a10&page=1")
            let views = try await store.audit.entries().filter { $0.action == .viewPage }.map(\.detail)
            #expect(views == ["children list, page 1", "children list, search \"a10\", page 1"])
        }
    }

    @Test func unknownChildIsNotFoundAndNotAudited() async throws {
        try await Self.withApp(as: .admin) { client, store in
            let (status, page) = try await Self.page(client, "/children/990/Z999")
            #expect(status == .notFound)
            #expect(page.contains("Page not found"))
            #expect(try await store.audit.entries().allSatisfy { $0.action != .viewChild })
        }
    }

    /// Read-only sees aggregates only: both children routes are refused, nothing is audited as a view,
    /// and the navigation has no link to them.
    @Test func readOnlyIsRefused() async throws {
        try await Self.withApp(as: .readOnly) { client, store in
            for uri in ["/children", "/children?q=A", "/children/990/A101"] {
                let (status, page) = try await Self.page(client, uri)
                #expect(status == .forbidden, "\(uri)")
                #expect(!page.contains("A101"), "\(uri)")
            }
            #expect(!(try await Self.page(client, "/").1.contains("href=\"/children\"")))
            #expect(try await store.audit.entries().allSatisfy { $0.action != .viewChild })
        }
    }
}
