import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The homes page over `SupplyFixture` (authority 990 on 31 March 2025), every number counted by hand there.
@Suite("Children's homes page, in process, over a real SQLite file")
struct HomesRouteTests {
    @Test func homesAndEmptyBeds() async throws {
        try await SufficiencyRouteTests.page("/homes", as: .manager) { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Children's homes and block beds</h1>"))
            #expect(
                page.contains(
                    "Authority 990 on 31 March 2025, where its data ends: 5 beds open, 1 child placed, 4 empty."))
            let numeric = FosteringRouteTests.numeric
            #expect(
                page.contains(
                    "<th scope=\"row\">Oak House</th><td>Council home</td><td>registered 3 May 2021</td><td>–</td>"
                        + numeric(["3", "1", "2", "–"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">Elm Lodge</th><td>Council home</td>"
                        + "<td>planned to open 1 October 2025 — application submitted</td><td>–</td>"
                        + numeric(["0", "0", "0", "–"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">Cedar block</th><td>Block contract</td><td>block contract from 1 January 2024</td>"
                        + "<td>31 March 2026</td>" + numeric(["2", "0", "2", "£4,200.00"])))
            // March 2025: bed-days 93 + 62, empty 62 + 62, the block's empty beds at £600 a bed-day.
            #expect(page.contains("<th scope=\"row\">March 2025</th>" + numeric(["155", "124", "£37,200.00"])))
            #expect(
                ProjectionRouteTests.rows(after: "<caption>Empty bed-days and the cost of empty block beds", in: page)
                    == 12)
            #expect(page.contains("<th scope=\"row\">Total</th>" + numeric(["1,825", "1,460", "£438,000.00"])))
            #expect(page.contains("<th scope=\"row\">Cedar block</th>" + numeric(["730", "730", "£438,000.00"])))
            #expect(page.contains("<th scope=\"row\">Oak House</th>" + numeric(["1,095", "730", "–"])))
        }
    }

    @Test func anAuthorityTheAccountMayNotSeeIsRefused() async throws {
        try await SufficiencyRouteTests.page("/homes?la=OTH") { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<li><a href=\"#la\">Choose an authority from the list.</a></li>"))
            #expect(!page.contains("Oak House"))
        }
    }

    /// Script planted in a household's reference and a home's name and registration stage is shown as text.
    @Test func plantedScriptIsText() async throws {
        let payload = HostileTextTests.payload
        try await WebTestApp.run(seed: { store in
            try await SupplyFixture.seed(store)
            let household = Household(
                authority: "990", id: payload, kind: .mainstream, approved: Day(iso: "2020-01-01")!, places: 1,
                postcode: payload)
            try await store.supply.replaceHouseholds(
                authority: "990", with: SupplyFixture.households() + [household], importedAt: SupplyFixture.at)
            let home = ChildrensHome(
                authority: "990", id: "HOME-9", name: payload, kind: .council, beds: 1,
                plannedOpening: Day(iso: "2026-01-01"), registrationStage: payload)
            try await store.supply.replaceHomes(
                authority: "990", with: SupplyFixture.homes() + [home], importedAt: SupplyFixture.at)
        }) { client, _, _ in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            for address in ["/fostering", "/homes", "/sufficiency"] {
                let response = try await admin.execute(uri: address, method: .get)
                let page = String(buffer: response.body)
                #expect(response.status == .ok, "\(address)")
                HostileTextTests.expectInert(page, address)
                if address != "/sufficiency" { #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) }
            }
        }
    }
}
