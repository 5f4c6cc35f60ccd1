import CareModel
import Foundation
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// Foster households, children's homes and recruitment events uploaded on the Data page over `SupplyFixture`
/// (authority 990 on 31 March 2025): always previewed, saved only when confirmed, once; refused whole when a
/// file is wrong; not for finance. Every number is counted by hand from the fixture and the files below.
@Suite("Data page: supply registers previewed, then replaced")
struct SupplyUploadTests {
    /// H-A goes from 2 places to 4 (changed), H-B is as stored (unchanged), H-F and H-G are new; H-C, H-D and
    /// H-E are not in it (gone).
    static let households = """
        household,kind,approved,places,postcode
        H-A,mainstream,2020-01-01,4,PL4 8AA
        H-B,mainstream,2021-06-01,2,PL1 2BB
        H-F,connected,2025-01-10,1,PL3 4FF
        H-G,mainstream,2023-05-01,2,PL7 1GG

        """
    /// H-G resigned before 31 March 2025, so its 2 places no longer count.
    static let statuses = """
        household,from,status,reason
        H-G,2025-02-01,resigned,retirement

        """

    static func token(in page: String) -> String? { CostsPreviewTests.token(in: page) }

    static func row(_ name: String, _ now: String, _ after: String) -> String {
        "<tr><th scope=\"row\">\(name)</th><td class=\"numeric\">\(now)</td><td class=\"numeric\">\(after)</td></tr>"
    }

    static func ids(_ store: HearthStore) async throws -> [String] {
        try await store.supply.households(authorities: ["990"]).map(\.id).sorted()
    }

    /// Households now: 5, with 6 places approved on 31 March 2025 (H-A 2 + H-B 2 + H-C 1 + H-D 1; H-E
    /// resigned). After: 4, with H-A 4 + H-B 2 + H-F 1 = 7 (H-G resigned). 3 of the 5 go: the page warns.
    static func expectHouseholdsPreview(_ preview: TestResponse) -> String {
        let page = String(buffer: preview.body)
        #expect(preview.status == .ok)
        #expect(page.contains("<h1>Check the foster households before they are replaced</h1>"))
        #expect(page.contains("would remove 3 of its 5 households"))
        #expect(page.contains(Self.row("Households", "5", "4")))
        #expect(page.contains(Self.row("Places approved on 31 March 2025", "6", "7")))
        #expect(page.contains(Self.row("New households", "", "2")))
        #expect(page.contains(Self.row("Households gone", "", "3")))
        #expect(page.contains(Self.row("Households changed", "", "1")))
        return page
    }

    /// The statuses file is sent first: its columns, not its place, say what it is.
    @Test func householdsAndStatusesArePreviewedThenSavedOnce() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let placements = try await SignedInClient.signIn(client, as: "placements")
            let preview = try await placements.upload(
                ["kind": "households", "authority": "990"],
                files: [("statuses.csv", Self.statuses), ("households.csv", Self.households)])
            let page = Self.expectHouseholdsPreview(preview)
            #expect(try await Self.ids(store) == ["H-A", "H-B", "H-C", "H-D", "H-E"], "nothing saved yet")
            let token = try #require(Self.token(in: page))
            let saved = try await placements.post("/data/confirm", ["upload": token])
            let done = String(buffer: saved.body)
            #expect(saved.status == .ok)
            #expect(done.contains("<h1>Foster households imported</h1>"))
            #expect(done.contains("<th scope=\"row\">990</th><td class=\"numeric\">5</td><td class=\"numeric\">4</td>"))
            #expect(done.contains("href=\"/fostering\""))
            let stored = try await store.supply.households(authorities: ["990"])
            #expect(stored.map(\.id).sorted() == ["H-A", "H-B", "H-F", "H-G"])
            #expect(stored.first { $0.id == "H-A" }?.places == 4)
            #expect(stored.first { $0.id == "H-G" }?.statuses.map(\.status) == [.resigned])
            let again = try await placements.post("/data/confirm", ["upload": token])
            #expect(again.status == .gone, "a confirmation works once")
        }
    }

    /// Every problem in either file, as file, row and field; nothing saved, and the refusal in the audit log.
    @Test func aBrokenFileIsRefusedWithEveryProblem() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let placements = try await SignedInClient.signIn(client, as: "placements")
            let households = "household,kind,approved,places\nH-A,mainstream,2020-13-01,2\nH-B,family,2021-06-01,0\n"
            let statuses = "household,from,status\nH-Z,2025-01-01,approved\n"
            let response = try await placements.upload(
                ["kind": "households", "authority": "990"],
                files: [("households.csv", households), ("household-statuses.csv", statuses)])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("4 problems found in the files."))
            for (file, row, field) in [
                ("households.csv", 2, "approved"), ("households.csv", 3, "kind"), ("households.csv", 3, "places"),
                ("household-statuses.csv", 2, "household"),
            ] {
                #expect(
                    page.contains("<tr><td>\(file)</td><td class=\"numeric\">\(row)</td><td>\(field)</td>"),
                    "\(file):\(row): \(field)")
            }
            #expect(page.contains("enctype=\"multipart/form-data\""), "the form is offered again")
            #expect(try await Self.ids(store) == ["H-A", "H-B", "H-C", "H-D", "H-E"])
            #expect(try await store.audit.entries().contains { $0.action == .importRefused })
        }
    }

    /// Finance reads the registers but does not replace them: 403, the form kept, the refusal audited.
    @Test func financeMayNotReplaceTheHouseholds() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let finance = try await SignedInClient.signIn(client, as: "finance")
            let response = try await finance.upload(
                ["kind": "households", "authority": "990"], files: [("households.csv", Self.households)])
            let page = String(buffer: response.body)
            let message = "Only placements officers, managers and administrators can replace the foster households"
            #expect(response.status == .forbidden)
            #expect(page.contains("<li><a href=\"#kind\">\(Node.text(message).html)</a></li>"))
            #expect(page.contains("id=\"kind-error\""))
            #expect(page.contains("enctype=\"multipart/form-data\""), "the form is offered again")
            #expect(Self.token(in: page) == nil, "nothing is held for confirmation")
            #expect(try await Self.ids(store) == ["H-A", "H-B", "H-C", "H-D", "H-E"])
            let refused = try await store.audit.entries().filter { $0.action == .importRefused }
            #expect(
                refused.map(\.detail) == ["Upload of foster households refused: \(message) (1 file: households.csv)"])
        }
    }

    /// Managers keep the registers of the council's own homes with the placements team, but leave costs
    /// registers, budgets and returns to finance and placements officers: a households upload is previewed, a
    /// costs upload refused with 403 and the form kept.
    @Test func managersReplaceTheRegistersOfHomesOnly() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let manager = try await SignedInClient.signIn(client, as: "manager")
            let households = try await manager.upload(
                ["kind": "households", "authority": "990"], files: [("households.csv", Self.households)])
            #expect(households.status == .ok)
            #expect(Self.token(in: String(buffer: households.body)) != nil, "held for the manager to confirm")
            let costs = try await manager.upload(
                ["kind": "costs", "authority": "990"], files: [("costs.csv", CostsPreviewTests.file)])
            let page = String(buffer: costs.body)
            #expect(costs.status == .forbidden)
            #expect(page.contains("uploads of the placement costs register are for finance and placements officers"))
            #expect(try await Self.ids(store) == ["H-A", "H-B", "H-C", "H-D", "H-E"], "nothing saved yet")
        }
    }

    /// Homes now: HOME-1 (3 beds), HOME-2 (2) and BLOCK-1 (2), 7 beds. The file: HOME-1 with 4 beds (changed)
    /// and a new HOME-3 with 2: 6 beds. HOME-2's and BLOCK-1's 4 beds go, more than half of 7.
    @Test func homesArePreviewedThenSaved() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let file = """
                home,name,kind,beds,urn,registered
                HOME-1,Oak House,council,4,SC000001,2021-05-03
                HOME-3,Ash House,council,2,,2025-01-06

                """
            let preview = try await admin.upload(["kind": "homes", "authority": "990"], files: [("homes.csv", file)])
            let page = String(buffer: preview.body)
            #expect(page.contains("<h1>Check the children's homes and block contracts before they are replaced</h1>"))
            #expect(page.contains("would remove 4 of its 7 beds"))
            #expect(page.contains(Self.row("Homes and block contracts", "3", "2")))
            #expect(page.contains(Self.row("Beds", "7", "6")))
            #expect(page.contains(Self.row("New homes and contracts", "", "1")))
            #expect(page.contains(Self.row("Homes and contracts gone", "", "2")))
            #expect(page.contains(Self.row("Homes and contracts changed", "", "1")))
            #expect(try await store.supply.homes(authorities: ["990"]).count == 3, "nothing saved yet")
            let token = try #require(Self.token(in: page))
            let done = String(buffer: try await admin.post("/data/confirm", ["upload": token]).body)
            #expect(done.contains("<h1>Children's homes and block contracts imported</h1>"))
            #expect(done.contains("href=\"/homes\""))
            #expect(try await store.supply.homes(authorities: ["990"]).map(\.id).sorted() == ["HOME-1", "HOME-3"])
        }
    }

    /// Events now: P1 7, P2 3, P3 1 (11 events, 3 prospects). The file: P3's enquiry as stored and an initial
    /// visit (changed), and P4's enquiry (new); P1 and P2 go. Every row names its authority, so the form's
    /// authority may be left empty although Hearth holds two.
    @Test func recruitmentEventsArePreviewedThenSaved() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let placements = try await SignedInClient.signIn(client, as: "placements")
            let file = """
                prospect,stage,date,channel,la
                P3,enquiry,2024-09-01,campaign,990
                P3,initial-visit,2024-10-01,,990
                P4,enquiry,2025-01-15,campaign,990

                """
            let preview = try await placements.upload(
                ["kind": "recruitment", "authority": ""], files: [("recruitment-events.csv", file)])
            let page = String(buffer: preview.body)
            #expect(page.contains("<h1>Check the fostering recruitment events before they are replaced</h1>"))
            #expect(page.contains("would remove 2 of its 3 prospects"))
            #expect(page.contains(Self.row("Events", "11", "3")))
            #expect(page.contains(Self.row("Prospects", "3", "2")))
            #expect(page.contains(Self.row("New prospects", "", "1")))
            #expect(page.contains(Self.row("Prospects gone", "", "2")))
            #expect(page.contains(Self.row("Prospects changed", "", "1")))
            let token = try #require(Self.token(in: page))
            let done = String(buffer: try await placements.post("/data/confirm", ["upload": token]).body)
            #expect(done.contains("<h1>Fostering recruitment events imported</h1>"))
            let stored = try await store.supply.recruitmentEvents(authorities: ["990"])
            #expect(Set(stored.map(\.prospect)) == ["P3", "P4"] && stored.count == 3)
        }
    }

    /// A home named like one of 990's households (H-A) could not be told apart as a placement's carer: refused
    /// before the preview, nothing held or saved.
    @Test func aHomeSharingAHouseholdsReferenceIsRefused() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let file = "home,name,kind,beds,registered\nH-A,Clash House,council,2,2021-05-03\n"
            let response = try await admin.upload(["kind": "homes", "authority": "990"], files: [("homes.csv", file)])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("must not share a reference"))
            #expect(Self.token(in: page) == nil)
            #expect(try await store.supply.homes(authorities: ["990"]).count == 3)
        }
    }

    /// A household H-Z saved between the preview of a home H-Z and its confirmation: the confirmation finds the
    /// clash, answers 422 and saves nothing.
    @Test func aClashFoundOnConfirmationSavesNothing() async throws {
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let file = "home,name,kind,beds,registered\nH-Z,Late House,council,2,2021-05-03\n"
            let preview = try await admin.upload(["kind": "homes", "authority": "990"], files: [("homes.csv", file)])
            let token = try #require(Self.token(in: String(buffer: preview.body)))
            let household = Household(
                authority: "990", id: "H-Z", kind: .mainstream, approved: Day(iso: "2022-01-01")!, places: 1)
            try await store.supply.replaceHouseholds(
                authority: "990", with: SupplyFixture.households() + [household], importedAt: SupplyFixture.at)
            let response = try await admin.post("/data/confirm", ["upload": token])
            #expect(response.status == .unprocessableContent)
            #expect(String(buffer: response.body).contains("must not share a reference"))
            let homes = try await store.supply.homes(authorities: ["990"])
            #expect(homes.map(\.id).sorted() == ["BLOCK-1", "HOME-1", "HOME-2"])
        }
    }
}
