import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Storage
import Testing

@testable import WebApp

@Suite("Web routes, in process, over a real SQLite file")
struct OverviewRouteTests {
    /// The app over `histories`, with a browser signed in as `role` (the overview is open to every role).
    /// A manager by default: these tests count a handful of children, which the read-only role sees as
    /// "fewer than 6" (small-number suppression, `SmallNumberTests`).
    static func withApp(
        _ histories: [ChildHistory], as role: Role = .manager,
        _ body: @Sendable (SignedInClient) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: { store in
            if !histories.isEmpty {
                _ = try await store.careRecords.saveImport(
                    histories, report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
            }
        }) { client, _, _ in
            try await body(try await SignedInClient.signIn(client, as: role.rawValue))
        }
    }

    static func history(
        _ id: String, born: String, _ start: String, _ end: String?, _ place: PlacementType,
        _ provider: PlacementProvider
    ) -> ChildHistory {
        let episode = Episode(
            childID: id, start: Day(iso: start)!, reasonNew: .s, legalStatus: .c2, place: place,
            provider: provider, end: end.map { Day(iso: $0)! }, reasonEnded: end == nil ? nil : .e4a)
        return ChildHistory(
            authority: "990", child: Child(id: id, sex: .female, dateOfBirth: Day(iso: born)!),
            episodes: [episode])
    }

    @Test func healthCheck() async throws {
        try await Self.withApp([]) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
        }
    }

    /// Latest event 2024-06-01 → data date is the end of that collection year, 31 March 2025.
    /// On that day: A (IFA, aged 6) and B (external residential, aged 14) are in care; C left on 1 June 2024.
    @Test func overviewCountsChildrenByKindOfHome() async throws {
        let histories = [
            Self.history("A", born: "2018-05-01", "2023-04-10", nil, .u4, .pr4),
            Self.history("B", born: "2010-09-09", "2024-01-01", nil, .k2, .pr4),
            Self.history("C", born: "2012-01-01", "2023-05-05", "2024-06-01", .u1, .pr1),
        ]
        try await Self.withApp(histories) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.contains("2 children were in care on 31 March 2025."))
                #expect(
                    page.contains(
                        "<th scope=\"row\">Fostering: independent agency (IFA)</th><td class=\"numeric\">1</td><td class=\"numeric\">50%</td>"
                    ))
                #expect(page.contains("<th scope=\"row\">Residential: external</th><td class=\"numeric\">1</td>"))
                // family-based: A only = 1 of 2 = 50%; commissioned: A (IFA) and B (external) = 100%
                #expect(page.contains("<dt>In family-based settings</dt><dd>50% (1 children)</dd>"))
                #expect(page.contains("<dt>In commissioned placements</dt><dd>100% (2 children)</dd>"))
                #expect(page.contains("<html lang=\"en-GB\">"))
            }
        }
    }

    @Test func emptyDatabaseSaysHowToImport() async throws {
        try await Self.withApp([]) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("hearth import ssda903"))
            }
        }
    }

    @Test func stylesheetIsServedLocally() async throws {
        try await Self.withApp([]) { client in
            try await client.execute(uri: "/assets/hearth.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body).contains(".numeric{text-align:right}"))
            }
        }
    }
}

extension OverviewRouteTests {
    /// The overview is kept between requests, but a new import (here straight into the store, as a
    /// `hearth import` in another process would) shows on the next one.
    @Test func keptOverviewMakesWayForNewData() async throws {
        try await WebTestApp.run(seed: { store in
            _ = try await store.careRecords.saveImport(
                [Self.history("A", born: "2015-01-01", "2024-04-01", nil, .u4, .pr4)],
                report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
        }) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            #expect(
                String(buffer: try await browser.execute(uri: "/", method: .get).body).contains("1 child was in care"))
            #expect(
                String(buffer: try await browser.execute(uri: "/", method: .get).body).contains("1 child was in care"))
            _ = try await store.careRecords.saveImport(
                [Self.history("B", born: "2012-01-01", "2024-05-01", nil, .k2, .pr4)],
                report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
            #expect(
                String(buffer: try await browser.execute(uri: "/", method: .get).body).contains(
                    "2 children were in care"))
        }
    }
}
