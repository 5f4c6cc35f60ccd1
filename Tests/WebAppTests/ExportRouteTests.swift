import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import HummingbirdTesting
import Interchange
import Logging
import Storage
import Testing

@testable import WebApp

@Suite("Pseudonymised export download")
struct ExportRouteTests {
    /// The seed's child 990/A, born 1 January 2015, as the export writes it: pseudonym = SHA-256 of the test
    /// salt and "990/A"; no postcodes recorded, so empty sectors. The file holds this one child, so its sex
    /// (F) and month of birth (2015-01-01, then the year 2015) are each shared by 1 child, fewer than 6, and
    /// are suppressed (left empty) like any rare quasi-identifying value.
    @Test func adminDownloadsTheCSVAndTheExportIsAudited() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let response = try await admin.execute(uri: "/export/pseudonymised", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(
                response.headers[.contentDisposition] == "attachment; filename=\"hearth-pseudonymised-2026-11-24.csv\"")
            let pseudonym = WebTestApp.exportSalt.pseudonym(for: ChildKey(authority: "990", child: "A"))
            #expect(
                String(buffer: response.body) == PseudonymisedEpisodes.columns.joined(separator: ",") + "\r\n"
                    + "990,\(pseudonym),,,,,2024-04-01,S,C2,,U4,PR4,,,,,,\r\n")
            let entry = try #require(try await store.audit.entries().last)
            #expect(entry.action == .export)
            #expect(entry.username == "admin")
            #expect(entry.detail == "pseudonymised episodes (web download): all authorities, 1 children, 1 episodes")
        }
    }

    /// The same salt file gives the web download and the command line the same pseudonyms.
    @Test func webAndInterchangeAgree() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let web = String(buffer: try await admin.execute(uri: "/export/pseudonymised?la=990", method: .get).body)
            let histories = try await store.careRecords.histories(authorities: ["990"])
            #expect(web == PseudonymisedEpisodes.csv(histories, salt: WebTestApp.exportSalt).text)
        }
    }

    @Test func authorityInTheFileNameIsOnlyLettersAndDigits() async throws {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, _ in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let response = try await admin.execute(uri: "/export/pseudonymised?la=9%2290%0D", method: .get)
            #expect(
                response.headers[.contentDisposition]
                    == "attachment; filename=\"hearth-pseudonymised-990-2026-11-24.csv\"")
        }
    }

    /// A server started without --export-salt-file explains how to set one, and exports nothing.
    @Test func withoutASaltTheDownloadExplains() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-web-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try await HearthStore.open(.sqlite(path: path), logger: Logger(label: "test"))
        do {
            try await store.migrate()
            try await BudgetRouteTests.seed(store)
            try await UserAccounts(store: store, passwordCost: 4).add(
                "admin", role: .admin, password: WebTestApp.password, twoFactor: false, by: "test")
            var app = HearthWebApp(store: store, today: { Day(iso: "2026-11-24")! })
            app.sessionPolicy.adminsNeedTwoFactor = false
            try await app.application(port: 0, logger: Logger(label: "test")).test(.router) { client in
                let admin = try await SignedInClient.signIn(client, as: "admin")
                let response = try await admin.execute(uri: "/export/pseudonymised", method: .get)
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("hearth serve --export-salt-file PATH"))
            }
            #expect(try await store.audit.entries().allSatisfy { $0.action != .export })
            try await store.shutdown()
        } catch {
            try? await store.shutdown()
            throw error
        }
    }
}
