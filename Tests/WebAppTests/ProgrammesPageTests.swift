import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The Programmes pages, a plan's form and the programmes API over `ProgrammeWebFixture` (authority 990 on
/// 31 March 2025), every number counted by hand there.
@Suite("Programmes pages and API, in process, over a real SQLite file")
struct ProgrammesPageTests {
    /// GET `uri` as `role` over the fixture.
    static func page(
        _ uri: String, as role: Role = .manager,
        _ body: @Sendable @escaping (TestResponse, String, HearthStore) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: role.rawValue)
            let response = try await browser.execute(uri: uri, method: .get)
            try await body(response, String(buffer: response.body), store)
        }
    }

    static func numeric(_ cells: [String]) -> String { FosteringRouteTests.numeric(cells) }

    /// The stored plan `id` of authority 990.
    static func storedPlan(_ id: String, in store: HearthStore) async throws -> ProgrammePlan? {
        try await store.programmes.plans(authorities: ["990"]).first(where: { $0.id == id })
    }

    /// What the plan's form sends when nothing is changed: P-1's target date and owner as they are.
    static let unchangedP1 = [
        "status": "", "from": "", "reason": "", "target-date": "2025-02-01", "owner": "Placements team",
    ]

    @Test func listShowsEachProgrammeAndItsYear() async throws {
        try await Self.page("/programmes") { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Programmes</h1>"))
            #expect(page.contains("<a href=\"/programmes\" aria-current=\"page\">Programmes</a>"))
            #expect(
                page.contains("Authority 990 on 31 March 2025, where its data ends: 2 programmes, savings in 2024-25."))
            #expect(
                page.contains(
                    "<th scope=\"row\"><a href=\"/programmes/STEPS\">STEPs step-down</a></th>"
                        + "<td>Step-down to fostering</td>"
                        + Self.numeric(["4", "1", "1", "1", "1", "£100,000", "£49,171", "£20,371", "£40,743"])))
            #expect(
                page.contains(
                    "<th scope=\"row\"><a href=\"/programmes/RCRC\">Right Child Right Care</a></th>"
                        + "<td>Special guardianship and kinship exits</td>"
                        + Self.numeric(["0", "0", "0", "0", "0", "None set", "£0", "£0", "£0"])))
            #expect(page.contains("<h2>How the savings are worked out</h2>"))
            #expect(!page.contains(SmallNumbers.note))
        }
    }

    @Test func anAuthorityWithoutProgrammesIsToldHowToLoadThem() async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seedChildren) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            let response = try await browser.execute(uri: "/programmes", method: .get)
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(page.contains("Authority 990 has no programmes in Hearth yet."))
            #expect(
                page.contains(
                    "<code>hearth import programmes programmes.csv --plans plans.csv --statuses plan-statuses.csv</code>"
                ))
        }
    }

    @Test func programmePageShowsTheCohortAsThePapersPrintIt() async throws {
        try await Self.page("/programmes/STEPS", as: .finance) { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>STEPs step-down</h1>"))
            #expect(
                page.contains(
                    "In cohort 4 · Achieved 1 (25%) · On track 1 (25%) · Yet to be confirmed 1 (25%) · "
                        + "No longer in scope 1 (25%)"))
            #expect(
                page.contains(
                    "<th scope=\"row\">In cohort</th>" + Self.numeric(["4", "100%", "£55,600", "£474,500", "£20,371"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">Achieved</th>" + Self.numeric(["1", "25%", "£10,400", "£20,857", "£0"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">On track</th>" + Self.numeric(["1", "25%", "£38,771", "£239,857", "£20,371"])))
            #expect(page.contains("<dt>Savings target for 2024-25</dt><dd>£100,000</dd>"))
            #expect(page.contains("<dd>£50,829 short of the target</dd>"))
            #expect(page.contains("<dt>Realised so far this year</dt><dd>£20,371</dd>"))
            #expect(page.contains("<dt>Lost to slippage this year</dt><dd>£40,743</dd>"))
        }
    }

    @Test func theYearMonthByMonthAsAChartAndATable() async throws {
        try await Self.page("/programmes/STEPS") { _, page, _ in
            #expect(
                page.contains(
                    "<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"programme-months-title programme-months-desc\""
                ))
            #expect(
                page.contains(
                    "<title id=\"programme-months-title\">STEPs step-down: savings anticipated and realised in each "
                        + "month of 2024-25</title>"))
            #expect(page.contains("<th scope=\"row\">April 2024</th>" + Self.numeric(["£0", "£0"])))
            #expect(page.contains("<th scope=\"row\">March 2025</th>" + Self.numeric(["£22,143", "£20,371"])))
            #expect(
                ProjectionRouteTests.rows(
                    after: "<caption>STEPs step-down: savings anticipated and realised by month", in: page) == 12)
        }
    }

    @Test func plansAreListedWithTheirChildAndTheMovePromptAndTheViewIsAudited() async throws {
        try await Self.page("/programmes/STEPS", as: .placements) { _, page, store in
            #expect(
                page.contains(
                    "<th scope=\"row\"><a href=\"/programmes/plans/P-1\">P-1</a></th>"
                        + "<td><a href=\"/children/990/R1\">R1</a></td>"
                        + "<td>Searching<br><strong>The costs register shows a move on 1 March 2025: update the plan"
                        + "</strong></td><td>1 February 2025<br><span class=\"hint\">slipped from 1 December 2024</span>"
                        + "</td>" + Self.numeric(["£4,600.00", "£38,771", "£20,371"])))
            #expect(page.contains("<td>Achieved</td><td>1 October 2024</td>"))
            let views = try await store.audit.latest(20, action: .viewPage)
            #expect(
                views.contains { $0.username == "placements" && $0.detail == "programme STEPS, authority 990, 4 plans" }
            )
        }
    }

    @Test func readOnlySeesTheProgrammeWithoutChildrenAndWithSmallNumbersHidden() async throws {
        try await Self.page("/programmes/STEPS", as: .readOnly) { response, page, _ in
            #expect(response.status == .ok)
            #expect(!page.contains("/children/990/") && !page.contains("P-1"))
            #expect(page.contains("In cohort fewer than 6 · Achieved fewer than 6 · "))
            #expect(
                page.contains(
                    "<th scope=\"row\">Achieved</th>"
                        + Self.numeric(["fewer than 6", "not shown", "not shown", "not shown", "not shown"])))
            #expect(page.contains("<dt>Savings target for 2024-25</dt><dd>£100,000</dd>"))
            #expect(page.contains(SmallNumbers.note))
        }
    }

    @Test func planPageShowsItsHomesSavingsAndHistoryWithTheForm() async throws {
        try await Self.page("/programmes/plans/P-1", as: .placements) { response, page, store in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Plan P-1</h1>"))
            #expect(page.contains("<dt>Child</dt><dd><a href=\"/children/990/R1\">R1</a></dd>"))
            #expect(page.contains("<dt>Home when identified</dt><dd>Residential: external, Hill House</dd>"))
            #expect(page.contains("<dt>Its net weekly cost</dt><dd>£5,000.00</dd>"))
            #expect(page.contains("<dt>Weekly saving</dt><dd>£4,600.00</dd>"))
            #expect(page.contains("<dt>Moved</dt><dd>1 March 2025, to a home costing £400.00 a week</dd>"))
            #expect(page.contains("<dt>Owner</dt><dd>Placements team</dd>"))
            #expect(page.contains("<strong>The costs register shows a move on 1 March 2025: update the plan.</strong>"))
            #expect(page.contains("<th scope=\"row\">Anticipated</th>" + Self.numeric(["£38,771", "£239,857"])))
            #expect(page.contains("<th scope=\"row\">Lost to slippage</th>" + Self.numeric(["£40,743", "£0"])))
            #expect(page.contains("<tr><th scope=\"row\">1 June 2024</th><td>Identified</td><td>–</td></tr>"))
            #expect(page.contains("<tr><th scope=\"row\">1 August 2024</th><td>Searching</td><td>–</td></tr>"))
            #expect(page.contains("<form method=\"post\" action=\"/programmes/plans/P-1\""))
            #expect(page.contains("<option id=\"status-none\" value=\"\" selected>No new status</option>"))
            #expect(page.contains("id=\"target-date\" name=\"target-date\" value=\"2025-02-01\""))
            let views = try await store.audit.latest(20, action: .viewChild)
            #expect(
                views.contains {
                    $0.child == ChildKey(authority: "990", child: "R1") && $0.detail == "programme plan P-1"
                })
        }
    }

    @Test func financeReadsThePlanWithoutTheForm() async throws {
        try await Self.page("/programmes/plans/P-2", as: .finance) { response, page, _ in
            #expect(response.status == .ok)
            #expect(
                page.contains(
                    "<th scope=\"row\">1 September 2024</th><td>On hold</td><td>Court hearing adjourned</td>"))
            #expect(!page.contains("name=\"status\"") && !page.contains("action=\"/programmes/plans/"))
            #expect(page.contains("Placements officers, managers and administrators can change the plan"))
        }
    }

    @Test func placementsChangeAPlanAndItIsAudited() async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: "placements")
            let response = try await browser.post(
                "/programmes/plans/P-2",
                ["status": "searching", "from": "2025-03-10", "reason": "", "target-date": "2025-06-01", "owner": ""])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/programmes/plans/P-2?changed=1")
            let plan = try #require(try await Self.storedPlan("P-2", in: store))
            let searching = PlanStatusChange(day: ProgrammeWebFixture.day("2025-03-10"), status: .searching)
            #expect(plan.statuses.last == searching)
            #expect(plan.targetDate == ProgrammeWebFixture.day("2025-06-01") && plan.owner == nil)
            let changes = try await store.audit.latest(10, action: .planChanged)
            #expect(changes.count == 1)
            #expect(changes.first?.username == "placements")
            #expect(changes.first?.detail == "Plan P-2 (990): searching from 2025-03-10")
            let after = String(
                buffer: try await browser.execute(uri: "/programmes/plans/P-2?changed=1", method: .get).body)
            #expect(after.contains("Your change to plan P-2 was saved and written to the audit log."))
            #expect(after.contains("<tr><th scope=\"row\">10 March 2025</th><td>Searching</td><td>–</td></tr>"))
            // The report is worked out again: two plans on track now.
            let programme = String(buffer: try await browser.execute(uri: "/programmes/STEPS", method: .get).body)
            #expect(programme.contains("On track 2 (50%)"))
        }
    }

    @Test(
        "a change that cannot be made: 422, the form as typed, the problem beside its field, nothing changed",
        arguments: [
            (["status": "on-hold"], "reason", "Say why the plan is on hold"),
            (["status": "searching", "from": "soon"], "from", "Enter the day the status applies from as a real date"),
            (["status": "searching", "from": "2024-08-01"], "from", "The date must be on or after the last change"),
            (["target-date": "2024-01-01"], "target-date", "The date must be on or after 1 June 2024"),
            (["reason": "Court date moved"], "status", "Choose the new status, or leave the date and reason empty"),
            ([String: String](), "status", "Choose a new status, or change the target date or owner"),
        ])
    func refusedChange(fields: [String: String], field: String, message: String) async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, store in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            let sent = Self.unchangedP1.merging(fields) { _, new in new }
            let response = try await browser.post("/programmes/plans/P-1", sent)
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("<title>Error: Plan P-1 – Hearth</title>"))
            #expect(page.contains("<li><a href=\"#\(field)\">\(message)"))
            #expect(page.contains("id=\"\(field)-error\""))
            #expect(page.contains("<div class=\"form-group form-group-error\"><label for=\"\(field)\">"))
            if let status = fields["status"] {
                #expect(page.contains("<option id=\"status-\(status)\" value=\"\(status)\" selected>"))
            }
            let plan = try #require(try await Self.storedPlan("P-1", in: store))
            #expect(plan.statuses.count == 2 && plan.targetDate == ProgrammeWebFixture.day("2025-02-01"))
            #expect(try await store.audit.latest(10, action: .planChanged).isEmpty)
        }
    }

    @Test func financeAndReadOnlyMayNotChangeAPlan() async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, store in
            let finance = try await SignedInClient.signIn(client, as: "finance")
            let refused = try await finance.post(
                "/programmes/plans/P-2", ["status": "searching", "from": "2025-03-10"])
            #expect(refused.status == .forbidden)
            #expect(String(buffer: refused.body).contains("Your account's role (finance) does not allow it."))
            let reader = try await SignedInClient.signIn(client, as: "read-only")
            #expect(try await reader.post("/programmes/plans/P-2", ["status": "searching"]).status == .forbidden)
            #expect(try await reader.execute(uri: "/programmes/plans/P-2", method: .get).status == .forbidden)
            #expect(try await Self.storedPlan("P-2", in: store)?.currentStatus == .onHold)
            #expect(try await store.audit.latest(10, action: .planChanged).isEmpty)
        }
    }

    @Test func unknownProgrammeOrPlanIsNotFound() async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, _ in
            let browser = try await SignedInClient.signIn(client, as: "placements")
            let plan = try await browser.execute(uri: "/programmes/plans/NOPE", method: .get)
            #expect(plan.status == .notFound)
            #expect(String(buffer: plan.body).contains("<h1>Plan not found</h1>"))
            let programme = try await browser.execute(uri: "/programmes/NOPE", method: .get)
            #expect(programme.status == .notFound)
            #expect(String(buffer: programme.body).contains("Authority 990 has no programme called ‘NOPE’."))
            #expect(try await browser.post("/programmes/plans/NOPE", ["status": "searching"]).status == .notFound)
            // Another council's code says no more than a plan that does not exist.
            #expect(
                try await browser.execute(uri: "/programmes/plans/P-1?la=991", method: .get).status == .notFound)
        }
    }

    @Test func apiAnswersAsDocumented() async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, store in
            let api = try await APITestClient.withToken(client, store: store, for: "admin")
            let yaml = OpenAPIDocument.yaml
            let list = try await api.get("/api/v1/programmes")
            #expect(list.status == .ok)
            let listed = try #require(APITestClient.object(list))
            let listFields = try #require(OpenAPIDocumentTests.requiredFields(of: "Programmes", in: yaml))
            #expect(Set(listed.keys) == Set(listFields))
            let text = String(buffer: list.body)
            #expect(
                text.contains(
                    "\"programme\":\"STEPS\",\"name\":\"STEPs step-down\",\"kind\":\"step-down\","
                        + "\"kind_label\":\"Step-down to fostering\",\"plans\":4,\"achieved\":1,\"on_track\":1,"
                        + "\"unconfirmed\":1,\"out_of_scope\":1,\"target\":100000.00,\"anticipated_in_year\":49171.43,"
                        + "\"realised_in_year\":20371.43,\"slippage_in_year\":40742.86,\"cohort\":"))
            #expect(
                text.contains(
                    "{\"cohort\":null,\"label\":\"In cohort\",\"plans\":4,\"share_percent\":100,\"in_year\":55600.00,"
                        + "\"full_year\":474500.00,"))
            let one = try await api.get("/api/v1/programmes/STEPS")
            #expect(one.status == .ok)
            let detail = try #require(APITestClient.object(one))
            let detailFields = try #require(OpenAPIDocumentTests.requiredFields(of: "Programme", in: yaml))
            #expect(Set(detail.keys) == Set(detailFields))
            let plans = try #require(detail["plans"] as? [[String: Any]])
            let planFields = try #require(OpenAPIDocumentTests.requiredFields(of: "Plan", in: yaml))
            #expect(plans.count == 4 && Set(plans[0].keys) == Set(planFields))
            #expect((detail["months"] as? [Any])?.count == 12)
            let body = String(buffer: one.body)
            #expect(body.contains("{\"month\":\"2025-03\",\"anticipated\":22142.86,\"realised\":20371.43}"))
            #expect(body.contains("\"moved\":\"2025-03-01\",\"new_weekly\":400.00,"))
            #expect(body.contains("\"move_not_recorded\":true,"))
            #expect(try await api.get("/api/v1/programmes/NOPE").status == .notFound)
            let calls = try await store.audit.latest(20, action: .viewPage)
            #expect(calls.contains { $0.detail == "API programme STEPS, authority 990, 4 plans" })
        }
    }

    @Test func apiHidesSmallNumbersFromReadOnlyAndKeepsPlansFromIt() async throws {
        try await WebTestApp.run(seed: ProgrammeWebFixture.seed) { client, _, store in
            let reader = try await APITestClient.withToken(client, store: store, for: "read-only")
            let text = String(buffer: try await reader.get("/api/v1/programmes").body)
            #expect(text.contains("\"plans\":null,\"achieved\":null,\"on_track\":null,\"unconfirmed\":null,"))
            #expect(text.contains("\"target\":100000.00,\"anticipated_in_year\":null,"))
            #expect(
                text.contains(
                    "\"suppressed\":[\"plans\",\"achieved\",\"on_track\",\"unconfirmed\",\"out_of_scope\","
                        + "\"anticipated_in_year\",\"realised_in_year\",\"slippage_in_year\"]"))
            #expect(try await reader.get("/api/v1/programmes/STEPS").status == .forbidden)
        }
    }
}
