import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// "The market around you" on the homes page and in /api/v1/homes, over `SupplyFixture` (authority 990 on
/// 31 March 2025) and a small Ofsted register, every number counted by hand:
/// - SC100001 in Plymouth: private, 3 places, Acme Care Ltd, Good;
/// - SC100002 in Plymouth: the council's, 4 places, Plymouth City Council, Outstanding;
/// - SC100003 in Cornwall: private, 2 places, Acme Care Ltd, Good;
/// - SC900001 in Devon: private, 2 places, Moor Homes Ltd, judged Inadequate on 10 January 2025 (visited since,
///   ungraded, on 20 February). R1's costs register entry names its URN (in small letters) and "Harbour View":
///   Ofsted withholds a home's name, so the register's is shown.
///
/// Plymouth with Cornwall: Plymouth 2 homes 7 places, Cornwall 1 and 2, in all 3 and 9; private 2 and 5, the
/// council's 1 and 4; Acme Care Ltd 2 and 5, Plymouth City Council 1 and 4. With Devon as well: Devon 1 and 2
/// (SC900001 once, though it is both in Devon and a placement's provider), in all 4 and 11; private 3 and 7;
/// Moor Homes Ltd 1 and 2 after the other two owners.
@Suite("The market around you: homes page and API, over a real SQLite file")
struct HomesMarketTests {
    /// 15 January 2025, 12:00 in London (GMT in winter).
    static let loadedAt = Date(timeIntervalSince1970: 1_736_942_400)
    static let day = Day(iso: "2025-03-31")!

    static func home(
        _ urn: String, _ area: String, _ sector: String, _ places: Int, _ owner: String, _ grade: OfstedGrade,
        gradedOn: String? = nil
    ) -> OfstedProvider {
        OfstedProvider(
            urn: urn, provisionType: "Children's home", localAuthority: area, sector: sector, places: places,
            owner: owner, inspectionDate: Day(iso: gradedOn == nil ? "2024-11-01" : "2025-02-20"),
            overallGrade: grade, gradedOn: gradedOn.flatMap { Day(iso: $0) })
    }

    static let providers = [
        home("SC100001", "Plymouth", "Private", 3, "Acme Care Ltd", .good),
        home("SC100002", "Plymouth", "Local Authority", 4, "Plymouth City Council", .outstanding),
        home("SC100003", "Cornwall", "Private", 2, "Acme Care Ltd", .good),
        home("SC900001", "Devon", "Private", 2, "Moor Homes Ltd", .inadequate, gradedOn: "2025-01-10"),
    ]

    /// `SupplyFixture`, R1's register entry naming SC900001, and the register.
    static func seed(_ store: HearthStore) async throws {
        try await SupplyFixture.seed(store)
        let costs = try await store.budget.costs(authority: "990").map { cost in
            var cost = cost
            if cost.child.child == "R1" {
                cost.providerURN = "sc900001"
                cost.providerName = "Harbour View"
            }
            return cost
        }
        try await store.budget.replaceCosts(authority: "990", with: costs, importedAt: SupplyFixture.at)
        try await store.market.replaceOfstedProviders(providers, importedAt: loadedAt)
    }

    /// The page at `uri` for `role`, over `seed`.
    static func page(
        _ uri: String, as role: Role = .manager,
        seed: @Sendable (HearthStore) async throws -> Void = HomesMarketTests.seed,
        _ body: @Sendable @escaping (TestResponse, String, HearthStore) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: seed) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            let response = try await browser.execute(uri: uri, method: .get)
            try await body(response, String(buffer: response.body), store)
        }
    }

    /// The row headed `header` in the table captioned `caption`, as `row(_:after:in:)` gives it.
    static func row(_ header: String, _ caption: String, _ page: String) -> String {
        SufficiencyRouteTests.row(header, after: "<caption>\(caption)", in: page)
    }

    static func numbers(_ header: String, _ cells: [String]) -> String {
        "<th scope=\"row\">\(header)</th>" + FosteringRouteTests.numeric(cells) + "</tr>"
    }

    static let flagRow =
        "<tr><th scope=\"row\"><a href=\"/children/990/R1\">R1</a></th><td>Harbour View</td><td>SC900001</td>"
        + "<td>Inadequate</td><td>10 January 2025</td></tr>"

    @Test func tablesForTheAreaAndItsNeighbourAndTheFlags() async throws {
        try await Self.page("/homes?la=990&area=Plymouth&neighbour=Cornwall") { response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("<h2 id=\"market\">The market around you</h2>"))
            #expect(page.contains("Ofsted's register was loaded on 15 January 2025, 12:00."))
            let byArea = "Children's homes and places by area"
            #expect(Self.row("Plymouth", byArea, page) == Self.numbers("Plymouth", ["2", "7"]))
            #expect(Self.row("Cornwall", byArea, page) == Self.numbers("Cornwall", ["1", "2"]))
            #expect(Self.row("Total", byArea, page) == Self.numbers("Total", ["3", "9"]))
            let bySector = "Children's homes and places by sector"
            #expect(ProjectionRouteTests.rows(after: "<caption>\(bySector)", in: page) == 2)
            #expect(Self.row("Private", bySector, page) == Self.numbers("Private", ["2", "5"]))
            #expect(Self.row("Local Authority", bySector, page) == Self.numbers("Local Authority", ["1", "4"]))
            let owners = "The largest owners of these homes (at most 10)"
            #expect(ProjectionRouteTests.rows(after: "<caption>\(owners)", in: page) == 2)
            #expect(Self.row("Acme Care Ltd", owners, page) == Self.numbers("Acme Care Ltd", ["2", "5"]))
            #expect(
                Self.row("Plymouth City Council", owners, page) == Self.numbers("Plymouth City Council", ["1", "4"]))
            #expect(!page.contains("Moor Homes Ltd"))  // Devon was not asked about
            // The form shows what was asked, and comes back to this authority.
            #expect(page.contains("id=\"area\" name=\"area\" value=\"Plymouth\""))
            #expect(page.contains("id=\"neighbour-1\" name=\"neighbour\" value=\"Cornwall\""))
            #expect(page.contains("<input type=\"hidden\" name=\"la\" value=\"990\">"))
            // Manager is a child-level role: the child by ID, linking to the record; the view is audited.
            #expect(page.contains("<h3>\(HomesMarketSection.flagsHeading)</h3>"))
            #expect(page.contains(Self.flagRow))
            let audited = try await store.audit.entries().filter { $0.detail.hasPrefix("homes page, authority 990") }
            #expect(audited.count == 1 && audited.first?.username == "manager")
        }
    }

    /// Without an area: the flags and a hint, no tables.
    @Test func withoutAnAreaOnlyTheFlags() async throws {
        try await Self.page("/homes", as: .placements) { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("Enter your area above to see the children's homes and places in it"))
            #expect(!page.contains("<caption>Children's homes and places by area"))
            #expect(page.contains(Self.flagRow))
        }
    }

    /// Every role that may open the page may see children, so none sees the count alone through the route;
    /// the section (and the API's part) are checked for such a role directly.
    @Test func aRoleThatMayNotSeeChildrenGetsOnlyTheCount() throws {
        let homesRoles = Role.allCases.filter { Route.homes.audience.allows($0) }
        #expect(homesRoles.allSatisfy { RouteAccess.childLevel.contains($0) })
        let cost = PlacementCost(
            child: ChildKey(authority: "990", child: "R1"), placementStart: SupplyFixture.start,
            providerURN: "SC900001", rates: [])
        let local = LocalMarket(
            area: "Plymouth", neighbours: [], providers: Self.providers, costs: [cost], histories: [], on: Self.day)
        let market = HomesMarket(area: MarketArea(area: "Plymouth"), loadedAt: Self.loadedAt, market: local)
        let html = HomesMarketSection(market: market, authority: "990", namesChildren: false).node.html
        #expect(html.contains("1 child on 31 March 2025."))
        #expect(!html.contains("R1") && !html.contains("SC900001"))
        #expect(html.contains("<caption>Children's homes and places by area</caption>"))
        let json = APIHomesMarket.json(market, namesChildren: false).text
        #expect(json.contains("\"flagged_children\":1,\"flags\":null"))
        #expect(!json.contains("R1"))
    }

    @Test func aTooLongAreaIsRefusedWithTheFormKept() async throws {
        let long = String(repeating: "a", count: MarketArea.longestName + 1)
        try await Self.page("/homes?la=990&area=\(long)&neighbour=Cornwall") { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<li><a href=\"#area\">Your area must be 80 characters or fewer.</a></li>"))
            #expect(page.contains("<p class=\"error-message\" id=\"area-error\">"))
            #expect(page.contains("id=\"area\" name=\"area\" value=\"\(long)\""))
            #expect(page.contains("id=\"neighbour-1\" name=\"neighbour\" value=\"Cornwall\""))
            #expect(!page.contains("Oak House") && !page.contains("<caption>Children's homes and places by area"))
        }
    }

    @Test func tooManyNeighboursOrATooLongOneAreRefused() async throws {
        let eleven = (1...11).map { "neighbour=Area\($0)" }.joined(separator: "&")
        try await Self.page("/homes?area=Plymouth&\(eleven)") { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<li><a href=\"#neighbour-1\">Enter at most 10 areas around yours.</a></li>"))
            #expect(page.contains("id=\"neighbour-10\" name=\"neighbour\" value=\"Area10\""))
            #expect(!page.contains("id=\"neighbour-11\""))
        }
        let long = String(repeating: "b", count: 81)
        try await Self.page("/homes?area=Plymouth&neighbour=Cornwall&neighbour=\(long)") { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(
                page.contains(
                    "<li><a href=\"#neighbour-2\">Area around yours 2 must be 80 characters or fewer.</a></li>"))
        }
    }

    /// The demo's case: no register yet. The section says how to load one, and nothing more.
    @Test func withoutARegisterTheSectionSaysHowToLoadOne() async throws {
        try await Self.page("/homes?area=Plymouth", seed: SupplyFixture.seed) { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<code>hearth import ofsted-providers FILE</code>"))
            #expect(!page.contains("Ofsted's register was loaded") && !page.contains(HomesMarketSection.flagsHeading))
            #expect(!page.contains("id=\"area\""))
        }
    }

    /// Plymouth with Cornwall and Devon (`neighbour` twice): Devon's home counted once, though it is also the
    /// provider a child is placed with. Too long an area, or neighbours without one: 400 with the rule.
    @Test func theAPIsMarket() async throws {
        let uri = "/api/v1/homes?la=990&area=Plymouth&neighbour=Cornwall&neighbour=Devon"
        let long = "/api/v1/homes?la=990&area=" + String(repeating: "a", count: 81)
        let orphan = "/api/v1/homes?la=990&neighbour=Devon"
        let answers = try await Self.answers([uri, long, orphan], as: "finance")
        let object = try #require(answers[uri]?.object)
        let market = try #require(object["market"] as? [String: Any])
        #expect(market["register_loaded_at"] as? String == "2025-01-15T12:00:00Z")
        #expect(market["area"] as? String == "Plymouth" && market["neighbours"] as? [String] == ["Cornwall", "Devon"])
        func tallies(_ name: String) -> [String] {
            (market[name] as? [[String: Any]] ?? []).map(Self.tally)
        }
        #expect(tallies("areas") == ["Plymouth 2 7", "Cornwall 1 2", "Devon 1 2"])
        #expect((market["total"] as? [String: Any]).map(Self.tally) == "Total 4 11")
        #expect(tallies("sectors") == ["Private 3 7", "Local Authority 1 4"])
        #expect(tallies("owners") == ["Acme Care Ltd 2 5", "Plymouth City Council 1 4", "Moor Homes Ltd 1 2"])
        #expect(market["flagged_children"] as? Int == 1)
        let flags = try #require(market["flags"] as? [[String: Any]])
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag["authority"] as? String == "990" && flag["child"] as? String == "R1")
        #expect(flag["urn"] as? String == "SC900001" && flag["provider_name"] as? String == "Harbour View")
        #expect(flag["grade"] as? String == "inadequate" && flag["graded_on"] as? String == "2025-01-10")
        #expect(answers[long]?.status == .badRequest && answers[long]?.error == "area must be 80 characters or fewer.")
        #expect(answers[orphan]?.status == .badRequest)
        #expect(answers[orphan]?.error.hasPrefix("neighbour needs area") == true)
    }

    /// "Plymouth 2 7": a tally's label, homes and places.
    static func tally(_ object: [String: Any]) -> String {
        "\(object["label"] as? String ?? "?") \(object["homes"] as? Int ?? -1) \(object["places"] as? Int ?? -1)"
    }

    /// The answers to `uris`, each called with a token of `role`, over `seed`.
    static func answers(_ uris: [String], as role: String) async throws -> [String: SupplyAPITests.Answer] {
        let result = Locked([String: SupplyAPITests.Answer]())
        try await WebTestApp.run(seed: Self.seed) { client, _, store in
            let api = try await APITestClient.withToken(client, store: store, for: role)
            for uri in uris {
                let response = try await api.get(uri)
                let body = String(buffer: response.body)
                result.value[uri] = SupplyAPITests.Answer(status: response.status, body: body)
            }
        }
        return result.value
    }

    /// Spaces as a browser's form writes them (`+`), doubled or at the ends, are tidied; empty boxes dropped.
    @Test func namesAreTidied() {
        let area = MarketArea(area: " Brighton+and  Hove ", neighbours: ["", "West+Sussex", " "])
        #expect(area.area == "Brighton and Hove" && area.neighbours == ["West Sussex"])
        #expect(area.faults.isEmpty && area.boxes == 3)
        #expect(MarketArea(neighbours: ["Cornwall"]).faults == [.neighboursWithoutArea])
    }
}
