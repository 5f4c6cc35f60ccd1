import CareModel
import Foundation
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// Returns sent without a year in their names: read and checked, then held while the sender sees which year
/// each was taken as (from its latest episode date) and confirms it or chooses another; nothing is saved first.
@Suite struct ReturnYearCheckTests {
    static let files = [("header.csv", DataRouteTests.header), ("episodes.csv", DataRouteTests.episodes)]

    static func token(in page: String) -> String? {
        page.firstMatch(of: /name="upload" value="([0-9a-f]+)"/).map { String($0.1) }
    }

    /// The latest episode date is 1 June 2024, in 2024-25: the return for 2024-25 (year 2025) is taken.
    @Test func theYearTakenIsShownAndCanBeChangedBeforeAnythingIsSaved() async throws {
        try await WebTestApp.run { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let check = try await admin.upload(["kind": "ssda903", "authority": "990"], files: Self.files)
            let page = String(buffer: check.body)
            #expect(check.status == .ok)
            #expect(page.contains("<h1>Check the return year</h1>"))
            #expect(page.contains("<td>2024-25</td>"))
            #expect(page.contains("<td>Its latest episode date is 1 June 2024</td>"))
            #expect(page.contains("<td>The year of the Episodes file sent with it</td>"))
            #expect(try await store.careRecords.importRuns().isEmpty, "nothing saved yet")
            let token = try #require(Self.token(in: page))
            let saved = try await admin.post("/data/confirm", ["upload": token, "return-year": "2024"])
            #expect(String(buffer: saved.body).contains("<h1>Returns imported</h1>"))
            let runs = try await store.careRecords.importRuns()
            #expect(runs.count == 1)
            #expect(runs.first?.report.files.map(\.returnYear) == [2024, 2024], "the year chosen, not the one told")
            let again = try await admin.post("/data/confirm", ["upload": token])
            #expect(again.status == .gone, "a confirmation works once")
        }
    }

    /// Confirming without choosing keeps the year each file's dates gave.
    @Test func confirmingKeepsTheYearTakenFromTheDates() async throws {
        try await WebTestApp.run { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let check = try await admin.upload(["kind": "ssda903", "authority": "990"], files: Self.files)
            let token = try #require(Self.token(in: String(buffer: check.body)))
            _ = try await admin.post("/data/confirm", ["upload": token, "return-year": ""])
            #expect(try await store.careRecords.importRuns().first?.report.files.map(\.returnYear) == [2025, 2025])
        }
    }

    /// Files that name their year are imported straight away, as before.
    @Test func namedFilesAreNotHeld() async throws {
        try await WebTestApp.run { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let files = [("2025-header.csv", DataRouteTests.header), ("2025-episodes.csv", DataRouteTests.episodes)]
            let saved = try await admin.upload(["kind": "ssda903", "authority": "990"], files: files)
            #expect(String(buffer: saved.body).contains("<h1>Returns imported</h1>"))
            #expect(try await store.careRecords.importRuns().count == 1)
        }
    }
}
