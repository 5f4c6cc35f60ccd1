import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// Script planted in every field a user or a file controls — a child's ID, a provider's name, a budget
/// line's name, an uploaded file's name, the search box, a token's name — must come out of every page as
/// text: no element, no event handler, no script address. Pages are built from `Node`s, which escape text
/// and attribute values by construction; this proves it from the outside, page by page.
@Suite("Script planted in data is shown as text on every page")
struct HostileTextTests {
    /// Closes an attribute and opens a handler, opens a script element, and names a script address.
    static let payload = "<script>alert(1)</script>\"onmouseover=\"alert(2)\" javascript:alert(3)"
    /// A child ID that is itself a script address, for the links made from IDs.
    static let scriptID = "javascript:alert(4)"

    static func seed(_ store: HearthStore) async throws {
        let start = Day(iso: "2024-04-01")!
        var histories: [ChildHistory] = []
        var costs: [PlacementCost] = []
        for id in [payload, scriptID] {
            let child = Child(id: id, sex: .female, dateOfBirth: Day(iso: "2012-01-01")!)
            let episode = Episode(
                childID: id, start: start, reasonNew: .s, legalStatus: .c2, place: .k2, provider: .pr4)
            histories.append(ChildHistory(authority: "990", child: child, episodes: [episode]))
            costs.append(
                PlacementCost(
                    child: ChildKey(authority: "990", child: id), placementStart: start, place: .k2, providerType: .pr4,
                    providerName: payload, rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: 12_000))]))
        }
        _ = try await store.careRecords.saveImport(histories, report: ImportReport(), importedAt: Date())
        try await store.budget.replaceCosts(authority: "990", with: costs, importedAt: Date())
        let lines = BudgetLineSet(lines: BudgetLineSet.standard.lines + [BudgetLine(name: payload)])
        let budget = LineBudget(
            authority: "990", year: FinancialYear(2024), line: payload, budgetedChildren: 1,
            budget: Money(pounds: 1_000))
        try await store.budget.saveBudgetPlan(
            authority: "990", year: FinancialYear(2024), lines: lines, budgets: [budget])
    }

    /// Signs in as the admin, after giving the admin a token named with the payload (the audit log shows it).
    static func admin(_ client: any TestClientProtocol, _ store: HearthStore) async throws -> SignedInClient {
        _ = try await ApiTokens(store: store).issue(for: "admin", name: payload, by: "cli:test")
        return try await SignedInClient.signIn(client, as: "admin")
    }

    /// Whatever a page holds, none of the payload may act: the tags and the handler only escaped, and no
    /// address (href, action, src) that runs script.
    static func expectInert(_ page: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!page.contains("<script"), "\(what): a script element", sourceLocation: sourceLocation)
        #expect(!page.contains("\"onmouseover="), "\(what): an event handler", sourceLocation: sourceLocation)
        let scriptAddress = #/(href|action|src)\s*=\s*"\s*javascript:/#.ignoresCase()
        #expect(page.firstMatch(of: scriptAddress) == nil, "\(what): a script address", sourceLocation: sourceLocation)
    }

    static var encoded: String { payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }

    @Test func everyPageShowsPlantedScriptAsText() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, _, store in
            let admin = try await Self.admin(client, store)
            let addresses = [
                "/", "/budget?period=2024-12", "/budget/line?period=2024-12&la=990&line=\(Self.encoded)",
                "/children", "/children?q=\(Self.encoded)", "/children/990/\(ChildrenPage.segment(Self.payload))",
                "/children/990/\(ChildrenPage.segment(Self.scriptID))", "/audit", "/data", "/projection",
            ]
            for address in addresses {
                let response = try await admin.execute(uri: address, method: .get)
                let page = String(buffer: response.body)
                #expect(response.status == .ok, "\(address): \(response.status)")
                Self.expectInert(page, address)
            }
        }
    }

    /// The payload must have reached the pages at all (as escaped text), or the test above proves nothing.
    @Test func thePayloadIsShownEscaped() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, _, store in
            let admin = try await Self.admin(client, store)
            let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&quot;alert(2)&quot;"
            for address in ["/budget?period=2024-12", "/children?q=\(Self.encoded)", "/audit"] {
                let page = String(buffer: try await admin.execute(uri: address, method: .get).body)
                #expect(page.contains(escaped), "\(address) shows the planted text")
            }
        }
    }

    /// An uploaded file's name is shown when the upload is refused and in the import history.
    @Test func uploadedFileNamesAreText() async throws {
        try await WebTestApp.run(seed: Self.seed) { client, _, store in
            let admin = try await Self.admin(client, store)
            // No "/" or "\\" in it: a file's name is what follows the last of them.
            let name = "<script>alert(5)%22onmouseover=%22x.csv"
            let refused = try await admin.upload(
                ["kind": "budget", "authority": "990"],
                files: [(name, "year,line,budgeted_children,budget\n2024-25,X,lots,1\n")])
            let page = String(buffer: refused.body)
            #expect(page.contains("&lt;script&gt;alert(5)&quot;onmouseover=&quot;x.csv"))
            Self.expectInert(page, "refused upload")
        }
    }
}
