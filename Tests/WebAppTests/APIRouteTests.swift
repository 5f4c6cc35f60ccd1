import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The API's answers over `BudgetRouteTests.seed`: authority 990, child A (born 1 January 2015) fostered
/// through an agency from 1 April 2024 at £700 a week, and an IFA budget of £30,000 for 2024-25.
@Suite("JSON API answers")
struct APIRouteTests {
    static func withAPI(as role: String = "admin", _ body: @Sendable (APITestClient, HearthStore) async throws -> Void)
        async throws
    {
        try await WebTestApp.run(seed: BudgetRouteTests.seed) { client, _, store in
            try await body(try await APITestClient.withToken(client, store: store, for: role), store)
        }
    }

    /// Data date 31 March 2025 (end of the collection year of the latest event, 1 April 2024). One child
    /// in agency fostering, not UASC; every other kind of home 0; the child entered care in April 2024. Asked
    /// as a manager: the read-only role would see that 1 as null (small-number suppression, `SmallNumberTests`).
    /// No group asked for: every part of `group` is null.
    @Test func summary() async throws {
        try await Self.withAPI(as: "manager") { api, _ in
            let text = String(buffer: try await api.get("/api/v1/summary").body)
            #expect(
                text.hasPrefix(
                    "{\"date\":\"2025-03-31\",\"authorities\":[\"990\"],"
                        + "\"group\":{\"sex\":null,\"uasc\":null,\"age_band\":null},"
                        + "\"children_in_care\":1,\"uasc_in_care\":0,\"by_category\":["))
            #expect(
                text.contains(
                    "{\"authority\":\"990\",\"category\":\"fostering-ifa\",\"label\":\"Fostering: independent agency (IFA)\",\"children\":1}"
                ))
            #expect(
                text.contains(
                    "{\"authority\":\"990\",\"category\":\"secure\",\"label\":\"Secure children's home\",\"children\":0}"
                ))
            #expect(
                text.contains("\"flows\":[{\"authority\":\"990\",\"month\":\"2024-04\",\"entries\":1,\"exits\":0},"))
            #expect(text.hasSuffix("{\"authority\":\"990\",\"month\":\"2025-03\",\"entries\":0,\"exits\":0}]}\n"))
            let object = try #require(APITestClient.object(try await api.get("/api/v1/summary?date=2024-03-31")))
            #expect(object["children_in_care"] as? Int == 0)  // before the child came into care
            #expect((object["by_category"] as? [Any])?.count == 10)
        }
    }

    /// December 2024 (P9): actual 1 April–31 December = 275 days × £700 ÷ 7 = £27,500; committed 1 January–
    /// 31 March = 90 days × £700 ÷ 7 = £9,000; forecast £36,500 against a £30,000 budget: variance £6,500.
    @Test func budgetMonitorInPoundsWithTwoDecimals() async throws {
        try await Self.withAPI(as: "finance") { api, _ in
            let response = try await api.get("/api/v1/budget?period=2024-12")
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            #expect(
                text.hasPrefix(
                    "{\"authority\":\"990\",\"period\":\"2024-12\",\"period_label\":\"P9 2024-25 (December 2024)\",\"previous_period\":null,\"lines\":["
                ))
            #expect(
                text.contains(
                    "{\"line\":\"External Fostering (IFA)\",\"budgeted_children\":1,\"budget\":30000.00,"
                        + "\"previous_forecast\":null,\"children_at_period_end\":1,\"forecast\":36500.00,"
                        + "\"variance_to_previous\":null,\"variance_to_budget\":6500.00,\"average_weekly_unit_cost\":700.00,"
                        + "\"unit_cost_change\":null}"))
            #expect(text.contains("\"total\":{\"line\":\"Total\""))
        }
    }

    /// Without a period the monitor is for the month of the data date: March 2025, P12.
    @Test func budgetDefaultsToTheDataMonth() async throws {
        try await Self.withAPI { api, _ in
            let object = try #require(APITestClient.object(try await api.get("/api/v1/budget")))
            #expect(object["period"] as? String == "2025-03")
        }
    }

    /// Start 31 March 2025 (end of the data); three months → month ends 30 April, 31 May and 30 June, each
    /// for the four kinds of home: 12 points.
    @Test func projectionByMonthEndAndKindOfHome() async throws {
        try await Self.withAPI(as: "social-worker") { api, _ in
            let object = try #require(APITestClient.object(try await api.get("/api/v1/projection?months=3")))
            #expect(object["method"] as? String == "markov")
            #expect(object["start"] as? String == "2025-03-31")
            #expect(object["reference_start"] as? String == "2024-04-01")
            let points = try #require(object["points"] as? [[String: Any]])
            #expect(points.count == 12)
            #expect(
                points.map { $0["date"] as? String }
                    == ["2025-04-30", "2025-05-31", "2025-06-30"].flatMap { Array(repeating: $0, count: 4) })
            #expect(
                points.prefix(4).map { $0["category"] as? String } == [
                    "Fostering", "Residential", "Supported", "Other",
                ])
            #expect(Set(points[0].keys) == ["date", "category", "mean", "sd", "lower", "upper"])
        }
    }

    @Test func childrenListIsChildLevelAndAudited() async throws {
        try await Self.withAPI(as: "placements") { api, store in
            let text = String(buffer: try await api.get("/api/v1/children").body)
            #expect(
                text == "{\"date\":\"2025-03-31\",\"children\":[{\"authority\":\"990\",\"child_id\":\"A\",\"age\":10,"
                    + "\"category\":\"fostering-ifa\",\"category_label\":\"Fostering: independent agency (IFA)\","
                    + "\"provider\":null,\"weekly_cost\":700.00}]}\n")
            let entry = try #require(try await store.audit.entries().last)
            #expect(entry.username == "placements")
            #expect(entry.detail == "API children list, 1 children")
        }
    }

    /// (address, words the error must contain)
    @Test(arguments: [
        ("/api/v1/projection?months=0", "months must be a whole number from 1 to 48"),
        ("/api/v1/projection?months=many", "months must be a whole number from 1 to 48"),
        ("/api/v1/budget?period=2024-13", "period must be a year and month written YYYY-MM"),
        ("/api/v1/budget?peroid=2024-12", "'peroid' is not a parameter of this route; it takes: la, period."),
        ("/api/v1/summary?date=31/03/2025", "date must be a date written YYYY-MM-DD"),
        ("/api/v1/summary?age_band=teen", "age_band must be one of under-1, 1-4, 5-9, 10-15, 16-plus, or left out"),
        ("/api/v1/summary?uasc=yes", "uasc must be one of uasc, not-uasc, or left out for every child."),
        ("/api/v1/projection?sex=X", "sex must be one of F, M, U, or left out for every child."),
        ("/api/v1/projection?age_band=1-5", "age_band must be one of under-1, 1-4, 5-9, 10-15, 16-plus"),
        (
            "/api/v1/summary?age-band=10-15",
            "'age-band' is not a parameter of this route; it takes: la, date, sex, uasc, age_band."
        ),
    ])
    func badParameterIs400(uri: String, message: String) async throws {
        try await Self.withAPI { api, _ in
            let response = try await api.get(uri)
            #expect(response.status == .badRequest)
            #expect((APITestClient.object(response)?["error"] as? String)?.contains(message) == true, "\(uri)")
        }
    }

    @Test func missingDataIs404() async throws {
        try await Self.withAPI { api, _ in
            for uri in [
                "/api/v1/summary?la=123", "/api/v1/children?la=123", "/api/v1/projection?la=123",
                "/api/v1/budget?la=990&period=2023-12",
                "/api/v1/nothing-here",
            ] {
                let response = try await api.get(uri)
                #expect(response.status == .notFound, "\(uri)")
                #expect(APITestClient.object(response)?["error"] is String, "\(uri)")
            }
        }
    }

    /// Control characters and quotes in text are escaped, and numbers are written as given.
    @Test func jsonTextIsEscaped() {
        let value = JSONValue.object([
            ("a\"b", .string("line\nbreak\t\u{01}\\")), ("n", .money(nil)), ("m", .money(.init(pence: -5))),
            ("d", .decimal(2.0 / 3)), ("x", .decimal(.nan)), ("ok", .bool(true)),
        ])
        #expect(
            value.text
                == "{\"a\\\"b\":\"line\\nbreak\\t\\u0001\\\\\",\"n\":null,\"m\":-0.05,\"d\":0.667,\"x\":null,\"ok\":true}"
        )
    }
}
