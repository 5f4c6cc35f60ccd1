import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The Data page's uploads, in process, over a real SQLite file seeded with authority 990's children
/// A101, A102 and B201 (`ChildrenRouteTests.seed`, saved as import 1).
@Suite("Data page: uploads checked as the command line checks them")
struct DataRouteTests {
    static let header = """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        C1,1,01/05/2012,WBRI,,,
        C2,2,10/10/2015,WBRI,,,

        """
    static let episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        C1,01/04/2024,S,C2,N1,U4,PR4,,,,,,
        C2,01/06/2024,S,C2,N1,U1,PR1,,,,,,

        """

    static func withApp(as role: Role, _ body: @Sendable (SignedInClient, HearthStore) async throws -> Void)
        async throws
    {
        try await ChildrenRouteTests.withApp(as: role, body)
    }

    /// Everything an upload could change, to show a refused one changed nothing.
    struct Snapshot: Equatable {
        var histories: [ChildHistory]
        var importRuns: Int
        var costs: [PlacementCost]
        var imports: [String]

        init(_ store: HearthStore) async throws {
            histories = try await store.careRecords.histories(authorities: nil)
            importRuns = try await store.careRecords.importRuns().count
            costs = try await store.budget.costs(authority: "990")
            imports = try await store.audit.entries().filter { $0.action == .import }.map(\.detail)
        }
    }

    /// A budget of 1,000 bad rows: the page lists the first 200 and counts the rest, so a broken file
    /// cannot make a page of hundreds of thousands of rows (the review saw 61 MB for a 10 MB file).
    @Test func aFileWithThousandsOfProblemsListsTheFirstAndCountsTheRest() async throws {
        try await Self.withApp(as: .finance) { client, store in
            let before = try await Snapshot(store)
            let rows = (1...1_000).map { _ in "2024-25,External Residential,many,1000.00" }
            let budget = (["year,line,budgeted_children,budget"] + rows).joined(separator: "\n")
            let response = try await client.upload(
                ["kind": "budget", "authority": "990"], files: [("budget.csv", budget)])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("1,000 problems found in the files."))
            #expect(page.contains("The first 200 are listed; 800 more are not."))
            #expect(page.components(separatedBy: "<tr><td>budget.csv</td>").count - 1 == 200)
            #expect(try await Snapshot(store) == before)
        }
    }

    @Test func brokenFilesListEveryProblemAndStoreNothing() async throws {
        try await Self.withApp(as: .placements) { client, store in
            let before = try await Snapshot(store)
            let header = Self.header.replacingOccurrences(of: "C2,2,", with: "C2,7,")  // row 3: SEX 7
            // Row 2: no such day.
            let episodes = Self.episodes.replacingOccurrences(of: "01/04/2024", with: "31/02/2024")
                .replacingOccurrences(of: ",U1,", with: ",Q9,")  // row 3: unknown PLACE
            let response = try await client.upload(
                ["kind": "ssda903", "authority": "990"],
                files: [("2025-header.csv", header), ("2025-episodes.csv", episodes)])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("<title>Error: Data – Hearth</title>"))
            #expect(page.contains("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>"))
            #expect(page.contains("3 problems found in the files. Nothing was imported; the data is unchanged."))
            for (file, row, field) in [
                ("2025-header.csv", 3, "SEX"), ("2025-episodes.csv", 2, "DECOM"), ("2025-episodes.csv", 3, "PLACE"),
            ] {
                #expect(
                    page.contains("<tr><td>\(file)</td><td class=\"numeric\">\(row)</td><td>\(field)</td>"),
                    "\(file):\(row): \(field)")
            }
            #expect(page.contains("enctype=\"multipart/form-data\""), "the form is offered again")
            #expect(try await Snapshot(store) == before)
        }
    }

    @Test func goodReturnsShowOnTheChildrenPageAtOnce() async throws {
        try await Self.withApp(as: .placements) { client, store in
            let response = try await client.upload(
                ["kind": "ssda903", "authority": "990"],
                files: [("2025-header.csv", Self.header), ("2025-episodes.csv", Self.episodes)])
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Returns imported</h1>"))
            #expect(page.contains("<p>Saved as import 2.</p>"))
            #expect(page.contains("<dt>Children created or changed</dt><dd>2</dd>"))
            #expect(
                page.contains(
                    "<th scope=\"row\">2025-episodes.csv</th><td>episodes</td><td class=\"numeric\">2025</td><td class=\"numeric\">2</td>"
                ))

            // A101 and A102 were in care; C1 and C2 join them.
            let children = String(buffer: try await client.execute(uri: "/children", method: .get).body)
            #expect(children.contains("Showing 1 to 4 of 4 children"))
            #expect(children.contains("<a href=\"/children/990/C1\">C1</a>"))
            #expect(children.contains("<a href=\"/children/990/C2\">C2</a>"))

            // The latest import entry (seeing the children list after it is audited too).
            let entry = try #require(try await store.audit.entries().last { $0.action == .import })
            #expect(entry.username == "placements" && entry.action == .import)
            #expect(entry.detail == "SSDA903 import 2: 2 files, 2 children created or changed")

            // The same files again change nothing, and say so.
            let again = try await client.upload(
                ["kind": "ssda903", "authority": "990"],
                files: [("2025-header.csv", Self.header), ("2025-episodes.csv", Self.episodes)])
            #expect(String(buffer: again.body).contains("<h1>Nothing new to import</h1>"))
            #expect(try await store.careRecords.importRuns().count == 2)
        }
    }

    /// The register replaces the seed's; checked against the returns for 2024-25 (its latest price, 4 June
    /// 2024, is in 2024-25): Z999 is not in the returns; A101's fostering (10 April 2023 – 4 June 2024),
    /// A102's home (from 1 January 2024) and B201's (5 May 2023 – 5 May 2024) are open in the year and
    /// no longer costed: 4 exceptions.
    @Test func costsRegisterUploadListsItsExceptions() async throws {
        try await Self.withApp(as: .finance) { client, store in
            let costs = """
                child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from
                A101,2024-06-04,,K2,PR4,External Residential,4000.00,2024-06-04
                Z999,2024-05-01,,U4,PR4,External Fostering (IFA),900.00,2024-05-01

                """
            // The seed holds a register, so the upload first shows what replacing it would change.
            let preview = try await client.upload(["kind": "costs", "authority": "990"], files: [("costs.csv", costs)])
            let token = try #require(CostsPreviewTests.token(in: String(buffer: preview.body)))
            let response = try await client.post("/data/confirm", ["upload": token, "mode": "replace"])
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Costs register imported</h1>"))
            #expect(page.contains("Authority 990: 2 placements (2 prices) saved as its costs register."))
            #expect(page.contains("Authority 990, 2024-25: 4 costs and placements that do not match"))
            #expect(page.contains("<th scope=\"row\">Z999</th>"), "a child not in the returns has no page to link to")
            #expect(page.contains("<a href=\"/children/990/B201\">B201</a>"))
            #expect(try await store.budget.costs(authority: "990").map(\.child.child) == ["A101", "Z999"])

            // The Data page lists the same exceptions, and the import in its history.
            let data = String(buffer: try await client.execute(uri: "/data", method: .get).body)
            #expect(data.contains("Authority 990, 2024-25: 4 costs and placements that do not match"))
            #expect(data.contains("<td>finance</td><td>costs register for 990: 2 placements from costs.csv</td>"))
        }
    }

    /// No authority entered: the only one in Hearth (990). 15,248,000 + 9,251,000 = £24,499,000; 50 + 158 = 208.
    @Test func budgetUploadTakesTheOnlyAuthority() async throws {
        try await Self.withApp(as: .finance) { client, store in
            let budget =
                "year,line,budgeted_children,budget\n2024-25,External Residential,50,15248000\n"
                + "2024-25,External Fostering (IFA),158,9251000\n"
            let response = try await client.upload(
                ["kind": "budget", "authority": ""], files: [("budget.csv", budget)])
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(
                page.contains(
                    "<th scope=\"row\">990</th><td>2024-25</td><td class=\"numeric\">2</td>"
                        + "<td class=\"numeric\">208</td><td class=\"numeric\">£24,499,000.00</td>"))
            let plan = try #require(try await store.budget.budgetPlan(authority: "990", year: FinancialYear(2024)))
            #expect(plan.budgets.map(\.budget) == [Money(pounds: 15_248_000), Money(pounds: 9_251_000)])
        }
    }

    @Test func badBudgetIsRefusedWithItsRows() async throws {
        try await Self.withApp(as: .finance) { client, store in
            let before = try await Snapshot(store)
            let budget =
                "year,line,budgeted_children,budget\n2024-25,External Residential,fifty,15248000\n2024-25,,1,5.7m\n"
            let response = try await client.upload(
                ["kind": "budget", "authority": "990"], files: [("budget.csv", budget)])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("<tr><td>budget.csv</td><td class=\"numeric\">2</td><td>budgeted_children</td>"))
            #expect(page.contains("<tr><td>budget.csv</td><td class=\"numeric\">3</td><td>line</td>"))
            #expect(page.contains("<tr><td>budget.csv</td><td class=\"numeric\">3</td><td>budget</td>"))
            #expect(try await store.budget.budgetPlan(authority: "990", year: FinancialYear(2024)) == nil)
            #expect(try await Snapshot(store) == before)
        }
    }

    @Test(arguments: [
        (["kind": "ssda903"], [(String, String)](), "files", "Choose the files to upload"),
        (
            ["kind": "costs"], [("a.csv", "x"), ("b.csv", "y")], "files",
            "Choose one file: a costs register is a single CSV file"
        ),
        (["authority": "990"], [("a.csv", "x")], "kind", "Choose what the files hold"),
        (
            ["kind": "ssda903", "authority": "8 7 9"], [("a.csv", "x")], "authority",
            "Enter the authority as its DfE code, like 879"
        ),
        (
            ["kind": "costs", "as_at": "2025-02-30"], [("a.csv", "x")], "as_at",
            "Enter the date the costs are accrued to as a real date, like 2025-03-31"
        ),
    ])
    func formProblemsAreLinkedToTheirFields(
        fields: [String: String], files: [(String, String)], field: String, message: String
    ) async throws {
        try await Self.withApp(as: .admin) { client, store in
            let before = try await Snapshot(store)
            let response = try await client.upload(fields, files: files)
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("<li><a href=\"#\(field)\">\(Node.text(message).html)</a></li>"))
            #expect(page.contains("id=\"\(field)-error\""))
            #expect(try await Snapshot(store) == before)
        }
    }

    /// The upload carries the session's CSRF token as a multipart part; without it, or with another, 403.
    @Test(arguments: ["not the token", nil])
    func uploadWithoutTheTokenIsRefused(token: String?) async throws {
        try await Self.withApp(as: .admin) { client, store in
            let before = try await Snapshot(store)
            let response = try await client.upload(
                ["kind": "ssda903", "authority": "990"],
                files: [("2025-header.csv", Self.header), ("2025-episodes.csv", Self.episodes)],
                token: .some(token))
            #expect(response.status == .forbidden)
            #expect(String(buffer: response.body).contains("The form could not be sent"))
            #expect(try await Snapshot(store) == before)
        }
    }

    @Test(arguments: [Role.readOnly, .socialWorker])
    func rolesWithoutTheDataPageAreRefused(role: Role) async throws {
        try await Self.withApp(as: role) { client, store in
            let before = try await Snapshot(store)
            #expect(try await client.execute(uri: "/data", method: .get).status == .forbidden)
            let response = try await client.upload(
                ["kind": "ssda903", "authority": "990"],
                files: [("2025-header.csv", Self.header), ("2025-episodes.csv", Self.episodes)])
            #expect(response.status == .forbidden)
            let overview = try await client.execute(uri: "/", method: .get)
            #expect(!String(buffer: overview.body).contains("href=\"/data\""))
            #expect(try await Snapshot(store) == before)
        }
    }

    /// A manager sees the history and exceptions, and the form — for the registers of the council's own homes
    /// only: a budget upload is refused (403).
    @Test func managerUploadsOnlyTheRegistersOfHomes() async throws {
        try await Self.withApp(as: .manager) { client, _ in
            let page = String(buffer: try await client.execute(uri: "/data", method: .get).body)
            #expect(page.contains("<h1>Data</h1>"))
            #expect(page.contains("<h2>Import history</h2>"))
            #expect(page.contains("Authority 990, 2024-25:"))
            #expect(page.contains("enctype=\"multipart/form-data\""))
            #expect(page.contains("<a href=\"/data\" aria-current=\"page\">Data</a>"))
            let response = try await client.upload(["kind": "budget"], files: [("budget.csv", "year")])
            #expect(response.status == .forbidden)
        }
    }

    /// An empty Hearth and files without an LA column: the authority must be entered, not made up.
    @Test func returnsWithoutAnAuthorityNeedOneEntered() async throws {
        try await WebTestApp.run { client, _, store in
            let admin = try await SignedInClient.signIn(client, as: "admin")
            let files = [("2025-header.csv", Self.header), ("2025-episodes.csv", Self.episodes)]
            let refused = try await admin.upload(["kind": "ssda903", "authority": ""], files: files)
            #expect(refused.status == .unprocessableContent)
            #expect(
                String(buffer: refused.body).contains(
                    "<li><a href=\"#authority\">Enter the authority: some rows do not say "
                        + "which authority they belong to, and Hearth holds no returns yet</a></li>"))
            #expect(try await store.careRecords.authorities().isEmpty)
            #expect(try await admin.upload(["kind": "ssda903", "authority": "879"], files: files).status == .ok)
            #expect(try await store.careRecords.authorities() == ["879"])
        }
    }

    @Test func uploadOverTheLimitGetsAClearPage() async throws {
        try await Self.withApp(as: .admin) { client, store in
            let before = try await Snapshot(store)
            let big = String(repeating: "x", count: FormFields.maximumUploadBytes)
            let response = try await client.upload(["kind": "ssda903"], files: [("big.csv", big)])
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("<h1>The files are too large</h1>"))
            #expect(try await Snapshot(store) == before)
        }
    }
}

extension SignedInClient {
    static let boundary = "----HearthUpload7MA4YWxkTrZu0gW"

    /// POSTs the Data page's form as a browser does: multipart/form-data with the session's CSRF token (or
    /// `token`: `.some(nil)` sends none), the fields, then each file as a part named "files".
    func upload(
        _ fields: [String: String], files: [(name: String, contents: String)],
        token: String?? = nil
    ) async throws -> TestResponse {
        var parts: [String] = []
        let sentToken = token ?? csrfToken
        if let sentToken { parts.append("Content-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(sentToken)") }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            parts.append("Content-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)")
        }
        for file in files {
            parts.append(
                "Content-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n\(file.contents)")
        }
        let body = parts.map { "--\(Self.boundary)\r\n\($0)\r\n" }.joined() + "--\(Self.boundary)--\r\n"
        var headers = self.headers
        headers[.contentType] = "multipart/form-data; boundary=\(Self.boundary)"
        return try await client.execute(uri: "/data", method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}
