import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// Every upload is in the audit log, not only those that import: a refused one (files with problems, a form to
/// correct, an authority to enter) as `import-refused`, naming the kind, the files and why; one that finds
/// nothing new as an `import` saying so. The Data page's history lists the refused attempts with the imports.
/// Uploads as `DataRouteTests` posts them, over its seed (authority 990, saved as import 1 without an entry).
@Suite("Data page: refused and no-change uploads are in the audit log")
struct UploadAuditTests {
    typealias Uploads = DataRouteTests

    static let returns = [("2025-header.csv", Uploads.header), ("2025-episodes.csv", Uploads.episodes)]

    /// Row 2's DECOM is 31 February: one problem, counted in the entry rather than listed.
    @Test func refusedFilesAreAuditedAndShownInTheHistory() async throws {
        try await Uploads.withApp(as: .placements) { client, store in
            let episodes = Uploads.episodes.replacingOccurrences(of: "01/04/2024", with: "31/02/2024")
            let response = try await client.upload(
                ["kind": "ssda903", "authority": "990"],
                files: [("2025-header.csv", Uploads.header), ("2025-episodes.csv", episodes)])
            #expect(response.status == .unprocessableContent)
            let refused = try await store.audit.entries().filter { $0.action == .importRefused }
            #expect(refused.map(\.username) == ["placements"])
            let detail =
                "Upload of SSDA903 returns refused: 1 problem in the files "
                + "(2 files: 2025-header.csv, 2025-episodes.csv)"
            #expect(refused.map(\.detail) == [detail])
            #expect(try await store.careRecords.importRuns().count == 1, "nothing was saved")

            let page = String(buffer: try await client.execute(uri: "/data", method: .get).body)
            #expect(page.contains("<td>placements</td><td>\(detail)</td>"))
            #expect(page.contains("Imports and refused uploads, newest first"))
        }
    }

    /// No kind chosen, seven files: the form's problem is the reason, and the names stop at five.
    @Test func aFormProblemIsAuditedWithTheFirstFiveNames() async throws {
        try await Uploads.withApp(as: .admin) { client, store in
            let files = (1...7).map { ("f\($0).csv", "x") }
            let response = try await client.upload(["authority": "990"], files: files)
            #expect(response.status == .unprocessableContent)
            let refused = try await store.audit.entries().filter { $0.action == .importRefused }
            #expect(
                refused.map(\.detail) == [
                    "Upload refused: Choose what the files hold "
                        + "(7 files: f1.csv, f2.csv, f3.csv, f4.csv, f5.csv and 2 more)"
                ])
        }
    }

    /// An empty Hearth and no LA column: refused until the authority is entered, and the entry says why.
    @Test func anAuthorityToEnterIsAuditedWithItsReason() async throws {
        try await WebTestApp.run { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let response = try await admin.upload(["kind": "ssda903", "authority": ""], files: Self.returns)
            #expect(response.status == .unprocessableContent)
            let refused = try await store.audit.entries().filter { $0.action == .importRefused }
            #expect(
                refused.map(\.detail) == [
                    "Upload of SSDA903 returns refused: Enter the authority: some rows do not say which authority "
                        + "they belong to, and Hearth holds no returns yet (2 files: 2025-header.csv, 2025-episodes.csv)"
                ])
        }
    }

    /// The same returns twice: the first is import 2, the second finds nothing new and says so in the log.
    @Test func anUploadWithNothingNewIsAudited() async throws {
        try await Uploads.withApp(as: .placements) { client, store in
            let fields = ["kind": "ssda903", "authority": "990"]
            #expect(try await client.upload(fields, files: Self.returns).status == .ok)
            let again = try await client.upload(fields, files: Self.returns)
            #expect(String(buffer: again.body).contains("<h1>Nothing new to import</h1>"))
            let imports = try await store.audit.entries().filter { $0.action == .import }
            #expect(
                imports.map(\.detail) == [
                    "SSDA903 import 2: 2 files, 2 children created or changed",
                    "SSDA903 import: nothing new in 2 files",
                ])
            #expect(imports.last?.username == "placements")
            #expect(try await store.careRecords.importRuns().count == 2, "no import run for nothing new")
        }
    }
}
