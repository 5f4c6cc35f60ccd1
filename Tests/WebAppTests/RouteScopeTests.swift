import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// Route × role × authority scope: in a database of two authorities, an account of one sees nothing of the
/// other on any page, download or API answer, and its child's page is 404. The scope lives in one place
/// (the scoped store `AccessMiddleware` hands each request); removing it there makes these tests fail.
@Suite("Route × role × authority scope")
struct RouteScopeTests {
    /// The other authority and its one child: names that appear nowhere else, so finding them in an answer
    /// can only mean the answer reached past the account's scope.
    static let other = "OTH", otherChild = "ZZOTHER"

    /// `BudgetRouteTests.seed` (authority 990, child A) and the same again for authority OTH.
    static func seed(_ store: HearthStore) async throws {
        try await BudgetRouteTests.seed(store)
        let start = Day(iso: "2024-05-01")!
        let child = Child(id: otherChild, sex: .male, dateOfBirth: Day(iso: "2012-03-01")!)
        let episode = Episode(
            childID: otherChild, start: start, reasonNew: .s, legalStatus: .c2, place: .u4, provider: .pr4)
        _ = try await store.careRecords.saveImport(
            [ChildHistory(authority: other, child: child, episodes: [episode])],
            report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
        let cost = PlacementCost(
            child: ChildKey(authority: other, child: otherChild), placementStart: start, place: .u4,
            providerType: .pr4, rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: 900))])
        try await store.budget.replaceCosts(authority: other, with: [cost], importedAt: Date(timeIntervalSince1970: 0))
    }

    /// One account per role that may see authority 990 only, named "<role>-990".
    static func addScopedAccounts(_ store: HearthStore, _ clock: TestClock) async throws {
        let accounts = UserAccounts(store: store, passwordCost: WebTestApp.passwordCost, now: { clock.now })
        for role in Role.allCases {
            try await accounts.add(
                "\(role.rawValue)-990", role: role, password: WebTestApp.password, authorities: .only(["990"]),
                twoFactor: false, by: "test")
        }
    }

    /// The addresses each GET rule is walked at: as the role matrix walks it, and asking for OTH outright.
    static func addresses(_ rule: RouteAccess.Rule) -> [String] {
        switch rule.path {
        case "/children/*": return ["/children/990/A", "/children/\(other)/\(otherChild)"]
        case "/healthz", "/assets/*", "/login", "/openapi.yaml", "/audit": return []
        default:
            let base = rule.path + (rule.path.hasPrefix("/budget") ? "?period=2024-12" : "")
            let line = rule.path == "/budget/line" ? "&line=External%20Fostering%20%28IFA%29" : ""
            let separator = base.contains("?") ? "&" : "?"
            return [base + line, base + separator + "la=\(other)" + line]
        }
    }

    @Test(arguments: RouteAccess.rules.filter { $0.method == .get && !addresses($0).isEmpty })
    func anAccountOfOneAuthoritySeesNothingOfTheOther(_ rule: RouteAccess.Rule) async throws {
        try await WebTestApp.run(seed: Self.seed) { client, clock, store in
            try await Self.addScopedAccounts(store, clock)
            for role in Role.allCases where rule.audience.allows(role) {
                let browser = try await SignedInClient.signIn(client, as: "\(role.rawValue)-990")
                for uri in Self.addresses(rule) {
                    let response = try await browser.execute(uri: uri, method: .get)
                    let body = String(buffer: response.body)
                    #expect(!body.contains(Self.otherChild), "\(uri) as \(role.rawValue)-990 shows OTH's child")
                    if uri.contains(Self.otherChild) { #expect(response.status == .notFound, "\(uri)") }
                    if !uri.contains(Self.other) { #expect(!body.contains(Self.other), "\(uri) names OTH") }
                }
            }
        }
    }

    /// The control: an account of every authority does see OTH, so the tests above can fail.
    @Test func anAccountOfEveryAuthoritySeesBoth() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, _, _ in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let list = String(buffer: try await admin.execute(uri: "/children", method: .get).body)
            #expect(list.contains(Self.otherChild) && list.contains("990"))
            let child = try await admin.execute(uri: "/children/\(Self.other)/\(Self.otherChild)", method: .get)
            #expect(child.status == .ok)
            let summary = String(buffer: try await admin.execute(uri: "/api/v1/summary", method: .get).body)
            #expect(summary.contains("\"authorities\":[\"990\",\"\(Self.other)\"]"))
        }
    }

    /// An upload for an authority the account does not cover is refused and saves nothing.
    @Test func anUploadForAnotherAuthorityIsRefused() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, clock, store in
            try await Self.addScopedAccounts(store, clock)
            let finance = try await SignedInClient.signIn(client, as: "finance-990")
            let csv = """
                child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from
                \(Self.otherChild),2024-05-01,,U4,PR4,External Fostering (IFA),950.00,2024-05-01

                """
            let response = try await finance.upload(
                ["kind": "costs", "authority": Self.other], files: [("costs.csv", csv)])
            #expect(response.status == .unprocessableContent)
            #expect(String(buffer: response.body).contains("Your account does not cover authority \(Self.other)"))
            #expect(
                try await store.budget.costs(authority: Self.other).first?.rates.first?.weekly == Money(pounds: 900))
        }
    }

    /// An account given no authority (a regional database's upgrade) sees no child and is told why.
    @Test func anAccountOfNoAuthoritySeesNothingAndIsToldWhy() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, clock, store in
            let accounts = UserAccounts(store: store, passwordCost: WebTestApp.passwordCost, now: { clock.now })
            try await accounts.add(
                "newcomer", role: .finance, password: WebTestApp.password, authorities: .noAuthority, twoFactor: false,
                by: "t")
            let browser = try await SignedInClient.signIn(client, as: "newcomer")
            let overview = String(buffer: try await browser.execute(uri: "/", method: .get).body)
            #expect(overview.contains("Your account has not been given an authority yet"))
            let list = String(buffer: try await browser.execute(uri: "/children", method: .get).body)
            #expect(!list.contains(Self.otherChild) && !list.contains("/children/990/A"))
        }
    }
}
