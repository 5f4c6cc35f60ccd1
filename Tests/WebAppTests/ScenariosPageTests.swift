import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The Scenarios pages, their forms and the scenarios API over `ProgrammeWebFixture`'s authority 990 (four
/// children; its returns run to 31 March 2025, so the baseline runs April 2025 to March 2027) with two saved
/// scenarios: recruit two foster households, and step R2 (named) down to in-house fostering.
@Suite("Scenarios pages and API, in process, over a real SQLite file")
struct ScenariosPageTests {
    /// Fewer Monte-Carlo paths than the server's 2,000, so the tests stay quick; the same code runs.
    static let paths = 200

    static let recruit = Scenario(
        name: "Recruit 2 foster households",
        levers: [
            .recruit(
                RecruitLever(
                    households: 2, by: ProgrammeWebFixture.day("2025-12-01"), instead: .agencyFostering,
                    costPerHousehold: Money(pounds: 5_000)))
        ])
    static let stepDown = Scenario(
        name: "Step one child down",
        levers: [
            .stepDown(
                StepDownLever(
                    perMonth: 1, from: ProgrammeWebFixture.day("2025-06-01"), to: .fosteringInHouse,
                    targetWeekly: Money(pounds: 500), children: .named(["R2"])))
        ])

    /// The fixture's children and costs, and the two scenarios saved by "manager".
    static func seed(_ store: HearthStore) async throws {
        try await ProgrammeWebFixture.seedChildren(store)
        let actor = ImportActor(username: "manager", time: ProgrammeWebFixture.at)
        for scenario in [recruit, stepDown] {
            _ = try await ScenarioLibrary.save(scenario, authority: "990", to: store, by: actor)
        }
    }

    /// The app over the seed, with `paths` Monte-Carlo paths for comparisons.
    static func run(
        seed: @Sendable (HearthStore) async throws -> Void = ScenariosPageTests.seed,
        _ body: @Sendable (any TestClientProtocol, HearthStore) async throws -> Void
    ) async throws {
        try await WebTestApp.run(seed: seed, configure: { $0.scenarioPaths = Self.paths }) { client, _, store in
            try await body(client, store)
        }
    }

    /// The saved scenario called `name`.
    static func saved(_ name: String, in store: HearthStore) async throws -> StoredScenario? {
        try await ScenarioLibrary.list(authority: "990", in: store).first { $0.scenario.name == name }
    }

    static func numeric(_ cells: [String]) -> String { FosteringRouteTests.numeric(cells) }

    @Test func listShowsTheSavedScenariosAndTheBuildForm() async throws {
        try await Self.run { client, store in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            let response = try await browser.execute(uri: "/scenarios", method: .get)
            let page = String(buffer: response.body)
            let id = try #require(try await Self.saved(Self.stepDown.name, in: store)).id
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Scenarios</h1>"))
            #expect(page.contains("<a href=\"/scenarios\" aria-current=\"page\">Scenarios</a>"))
            #expect(page.contains("2 saved scenarios."))
            #expect(
                page.contains(
                    "<th scope=\"row\"><a href=\"/scenarios/compare?id=\(id)\">Step one child down</a></th>"
                        + "<td><ul class=\"list\"><li>Step down 1 child a month to fostering: in-house from "
                        + "1 June 2025, children R2</li></ul></td><td>manager</td>"))
            #expect(page.contains("<input type=\"checkbox\" id=\"compare\" name=\"id\" value=\""))
            #expect(page.contains("<legend>Open a children's home</legend>"))
            #expect(
                page.contains("<input type=\"checkbox\" id=\"open-home-use\" name=\"open-home-use\" value=\"yes\">"))
            #expect(page.contains("<label for=\"open-home-beds\">Beds</label>"))
            #expect(page.contains("<form method=\"post\" action=\"/scenarios/run\""))
            #expect(page.contains("<button type=\"submit\" formaction=\"/scenarios\">Save</button>"))
            #expect(page.contains("<form method=\"post\" action=\"/scenarios/delete\">"))
        }
    }

    @Test func readOnlyReadsTheListWithoutChildrenOrForms() async throws {
        try await Self.run { client, _ in
            let reader = try await SignedInClient.signIn(client, as: "read-only")
            let page = String(buffer: try await reader.execute(uri: "/scenarios", method: .get).body)
            #expect(page.contains("fostering: in-house from 1 June 2025, 1 named child</li>"))
            #expect(!page.contains("R2"))
            #expect(!page.contains("action=\"/scenarios/run\"") && !page.contains("action=\"/scenarios/delete\""))
            #expect(page.contains("action=\"/scenarios/compare\""))
        }
    }

    @Test func anAuthorityWithoutScenariosIsToldSo() async throws {
        try await Self.run(seed: ProgrammeWebFixture.seedChildren) { client, _ in
            let browser = try await SignedInClient.signIn(client, as: "finance")
            let page = String(buffer: try await browser.execute(uri: "/scenarios", method: .get).body)
            #expect(page.contains("Authority 990 has no saved scenarios yet."))
            #expect(page.contains("<code>hearth scenario save</code>"))
            #expect(page.contains("name=\"recruit-households\""))
        }
    }

    @Test func savingCreatesTheScenarioAuditsItAndOpensIt() async throws {
        try await Self.run { client, store in
            let browser = try await SignedInClient.signIn(client, as: "placements")
            let response = try await browser.post(
                "/scenarios",
                [
                    "name": "Open a 1-bed home", "open-home-use": "yes", "open-home-beds": "1",
                    "open-home-opens": "2025-06-01", "open-home-weekly": "3000", "open-home-capital": "100000",
                ])
            let saved = try #require(try await Self.saved("Open a 1-bed home", in: store))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/scenarios/compare?id=\(saved.id)")
            #expect(saved.owner == "placements")
            #expect(saved.scenario.levers.first?.summary == "Open a 1-bed home on 1 June 2025 at £3,000.00 a week")
            let entries = try await store.audit.latest(10, action: .scenarioSaved)
            #expect(entries.first?.username == "placements")
            #expect(entries.first?.detail.hasPrefix("Scenario \"Open a 1-bed home\" (990) saved: ") == true)
            let opened = try await browser.execute(uri: "/scenarios/compare?id=\(saved.id)", method: .get)
            #expect(opened.status == .ok)
            #expect(String(buffer: opened.body).contains("<h1>Open a 1-bed home</h1>"))
        }
    }

    @Test func aBadFieldComesBackBesideItsFieldAndSavesNothing() async throws {
        try await Self.run { client, store in
            let browser = try await SignedInClient.signIn(client, as: "finance")
            let response = try await browser.post(
                "/scenarios",
                [
                    "name": "Bad beds", "open-home-use": "yes", "open-home-beds": "abc",
                    "open-home-opens": "2025-06-01", "open-home-weekly": "3000",
                ])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(page.contains("<title>Error: Scenarios – Hearth</title>"))
            #expect(
                page.contains(
                    "<li><a href=\"#open-home-beds\">Open a children's home: beds must be a whole number from 0 to "
                        + "100,000</a></li>"))
            #expect(
                page.contains("<div class=\"form-group form-group-error\"><label for=\"open-home-beds\">Beds</label>"))
            #expect(page.contains("id=\"open-home-beds-error\""))
            #expect(page.contains("id=\"open-home-beds\" name=\"open-home-beds\" value=\"abc\""))
            #expect(page.contains("id=\"open-home-use\" name=\"open-home-use\" value=\"yes\" checked"))
            #expect(page.contains("id=\"name\" name=\"name\" value=\"Bad beds\""))
            #expect(try await ScenarioLibrary.list(authority: "990", in: store).count == 2)
            #expect(try await store.audit.latest(10, action: .scenarioSaved).allSatisfy { $0.username == "manager" })
        }
    }

    @Test func aNamedChildWithNoPlacementIsRefusedBesideTheLeversChildren() async throws {
        try await Self.run { client, _ in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            let response = try await browser.post(
                "/scenarios/run",
                [
                    "name": "", "step-down-use": "yes", "step-down-per-month": "1", "step-down-from": "2025-06-01",
                    "step-down-children": "ZZ9",
                ])
            let page = String(buffer: response.body)
            #expect(response.status == .unprocessableContent)
            #expect(
                page.contains(
                    "<a href=\"#step-down-children\">Step children down: Child ZZ9 has no placement open in the costs "
                        + "register on the scenario's start day</a>"))
            #expect(page.contains("id=\"step-down-children-error\""))
        }
    }

    @Test func runShowsTheUnsavedScenarioWithTheFormAndSavesNothing() async throws {
        try await Self.run { client, store in
            let browser = try await SignedInClient.signIn(client, as: "manager")
            let response = try await browser.post(
                "/scenarios/run",
                ["name": "", "block-use": "yes", "block-beds": "1", "block-from": "2025-09-01", "block-weekly": "4000"])
            let page = String(buffer: response.body)
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Unsaved scenario (not saved)</h1>"))
            #expect(page.contains("Expected numbers only: save the scenario to see its likely range, from 200 runs"))
            #expect(page.contains("<h2>Change the scenario</h2>"))
            #expect(page.contains("id=\"block-beds\" name=\"block-beds\" value=\"1\""))
            #expect(try await ScenarioLibrary.list(authority: "990", in: store).count == 2)
        }
    }

    /// The page's numbers are `ScenarioRun.compare`'s for the same scenarios, paths and seed.
    @Test func compareShowsWhatScenarioRunWorksOut() async throws {
        try await Self.run { client, store in
            let firstSaved = try #require(try await Self.saved(Self.recruit.name, in: store))
            let second = try #require(try await Self.saved(Self.stepDown.name, in: store))
            let browser = try await SignedInClient.signIn(client, as: "finance")
            let response = try await browser.execute(
                uri: "/scenarios/compare?id=\(firstSaved.id)&id=\(second.id)", method: .get)
            let page = String(buffer: response.body)
            let expected = try await ScenarioRun.compare(
                [Self.recruit, Self.stepDown], authority: "990", paths: Self.paths, store: store)
            let baseline = expected.baseline
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Scenarios compared</h1>"))
            #expect(page.contains("<title id=\"scenario-cost-title\">Cost each month: the baseline and "))
            #expect(page.contains("<title id=\"scenario-saving-title\">Invest to save: net saving so far"))
            let april =
                [ScenarioWording.cost(baseline.monthlyCost[0], range: baseline.costRange?[0])]
                + expected.results.map { ScenarioWording.cost($0.months[0].cost, range: $0.months[0].costRange) }
            #expect(baseline.costRange != nil)
            let first = "<th scope=\"row\">\(baseline.periods[0].first.monthAndYear)</th>"
            #expect(page.contains(first + Self.numeric(april)))
            for result in expected.results {
                #expect(page.contains("<dd>\(ScenarioWording.difference(result.difference))</dd>"))
                #expect(page.contains("<dd>\(ScenarioWording.breakEven(result))</dd>"))
            }
            let saving = expected.results.map { ProjectionPage.pounds($0.months[0].cumulativeNetSaving) }
            #expect(page.contains(first + Self.numeric(saving)))
            #expect(
                page.contains("<caption>Expected children in care by kind of home at the end of March 2027</caption>"))
            // The manager named R2: finance sees children, so it is shown, and the view is audited.
            #expect(page.contains("children R2"))
            let views = try await store.audit.latest(10, action: .viewPage)
            let compared = "scenarios \(firstSaved.id), \(second.id) of authority 990 compared"
            #expect(views.contains { $0.detail.hasPrefix(compared) })
        }
    }

    @Test func compareRefusesTooFewTooManyAndUnknownScenarios() async throws {
        try await Self.run { client, _ in
            let reader = try await SignedInClient.signIn(client, as: "read-only")
            let none = try await reader.execute(uri: "/scenarios/compare", method: .get)
            #expect(none.status == .badRequest)
            #expect(
                String(buffer: none.body).contains("<a href=\"#compare\">Choose at least one scenario to compare</a>"))
            let five = try await reader.execute(uri: "/scenarios/compare?id=1&id=2&id=3&id=4&id=5", method: .get)
            #expect(five.status == .badRequest)
            #expect(String(buffer: five.body).contains("Choose up to 4 scenarios to compare: you chose 5"))
            let unknown = try await reader.execute(uri: "/scenarios/compare?id=999", method: .get)
            #expect(unknown.status == .notFound)
            #expect(String(buffer: unknown.body).contains("Authority 990 has no saved scenario numbered ‘999’."))
        }
    }

    @Test func deletingWorksForManagersAndIsRefusedForReadOnly() async throws {
        try await Self.run { client, store in
            let id = try #require(try await Self.saved(Self.recruit.name, in: store)).id
            let reader = try await SignedInClient.signIn(client, as: "read-only")
            #expect(try await reader.post("/scenarios/delete", ["id": String(id)]).status == .forbidden)
            #expect(try await ScenarioLibrary.list(authority: "990", in: store).count == 2)
            let manager = try await SignedInClient.signIn(client, as: "manager")
            let response = try await manager.post("/scenarios/delete", ["id": String(id)])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/scenarios?deleted=1")
            #expect(try await Self.saved(Self.recruit.name, in: store) == nil)
            let entries = try await store.audit.latest(10, action: .scenarioSaved)
            #expect(entries.first?.detail == "Scenario \"Recruit 2 foster households\" (990) deleted")
            let page = String(buffer: try await manager.execute(uri: "/scenarios?deleted=1", method: .get).body)
            #expect(page.contains("The scenario was deleted, and the deletion written to the audit log."))
            #expect(try await manager.post("/scenarios/delete", ["id": String(id)]).status == .notFound)
        }
    }

    @Test func apiAnswersAsDocumented() async throws {
        try await Self.run { client, store in
            let first = try #require(try await Self.saved(Self.recruit.name, in: store)).id
            let second = try #require(try await Self.saved(Self.stepDown.name, in: store)).id
            let api = try await APITestClient.withToken(client, store: store, for: "admin")
            let yaml = OpenAPIDocument.yaml
            let list = try await api.get("/api/v1/scenarios")
            #expect(list.status == .ok)
            let listed = try #require(APITestClient.object(list))
            let listFields = try #require(OpenAPIDocumentTests.requiredFields(of: "Scenarios", in: yaml))
            #expect(Set(listed.keys) == Set(listFields))
            let text = String(buffer: list.body)
            #expect(text.contains("\"kind\":\"recruit\",\"label\":\"Recruit foster households\","))
            #expect(
                text.contains(
                    "\"households\":2,\"by\":\"2025-12-01\",\"places\":1,\"instead\":\"fostering-ifa\","
                        + "\"cost\":5000.00"))
            #expect(text.contains("\"children\":{\"rule\":\"named\",\"count\":1,\"references\":[\"R2\"]}"))
            let compared = try await api.get("/api/v1/scenarios/compare?id=\(first)&id=\(second)")
            #expect(compared.status == .ok)
            let comparison = try #require(APITestClient.object(compared))
            let fields = try #require(OpenAPIDocumentTests.requiredFields(of: "ScenarioComparison", in: yaml))
            #expect(Set(comparison.keys) == Set(fields))
            #expect((comparison["baseline"] as? [Any])?.count == 24)
            let scenarios = try #require(comparison["scenarios"] as? [[String: Any]])
            #expect(scenarios.count == 2 && (scenarios[0]["months"] as? [Any])?.count == 24)
            #expect(comparison["paths"] as? Int == Self.paths)
            #expect(try await api.get("/api/v1/scenarios/compare").status == .badRequest)
            #expect(try await api.get("/api/v1/scenarios/compare?id=999").status == .notFound)
            let reader = try await APITestClient.withToken(client, store: store, for: "read-only")
            let hidden = String(buffer: try await reader.get("/api/v1/scenarios").body)
            #expect(
                hidden.contains(
                    "\"children\":{\"rule\":\"named\",\"count\":1,\"references\":null,"
                        + "\"suppressed\":[\"references\"]}"))
            #expect(!hidden.contains("R2\""))
        }
    }

    /// Every role reads the pages or is refused as the matrix says, and builds scenarios or is refused.
    @Test func routesByRole() async throws {
        let readers: Set<Role> = [.admin, .finance, .placements, .manager, .readOnly]
        let builders: Set<Role> = [.admin, .finance, .placements, .manager]
        try await Self.run { client, _ in
            for role in Role.allCases {
                let browser = try await SignedInClient.signIn(client, as: role.rawValue)
                let list = try await browser.execute(uri: "/scenarios", method: .get)
                #expect(list.status == (readers.contains(role) ? .ok : .forbidden), "\(role)")
                let run = try await browser.post("/scenarios/run", [:])
                #expect(run.status == (builders.contains(role) ? .unprocessableContent : .forbidden), "\(role)")
                let page = String(buffer: list.body)
                #expect(page.contains("action=\"/scenarios/run\"") == builders.contains(role), "\(role)")
            }
        }
    }
}
