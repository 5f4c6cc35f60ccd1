import CareModel
import Forecasting
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// GET /api/v1/sufficiency, /fostering and /homes over `SupplyFixture`: the pages' numbers as JSON.
@Suite("JSON API: sufficiency, fostering and homes")
struct SupplyAPITests {
    /// An answer: its status and body.
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var body: String

        /// The body's JSON object (top level), or `nil` when it is not one.
        var object: [String: Any]? {
            try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        }

        var error: String { object?["error"] as? String ?? "" }
    }

    /// The answers to `uris`, each called with a token of `role`.
    static func answers(_ uris: [String], as role: String) async throws -> [String: Answer] {
        let result = Locked([String: Answer]())
        try await WebTestApp.run(seed: SupplyFixture.seed) { client, _, store in
            let api = try await APITestClient.withToken(client, store: store, for: role)
            for uri in uris {
                let response = try await api.get(uri)
                result.value[uri] = Answer(status: response.status, body: String(buffer: response.body))
            }
        }
        return result.value
    }

    @Test func sufficiency() async throws {
        let uri = "/api/v1/sufficiency?la=990&months=12&registration_delay_days=0"
        let response = try #require(try await Self.answers([uri], as: "finance")[uri])
        #expect(response.status == .ok)
        let object = try #require(response.object)
        #expect(object["authority"] as? String == "990" && object["start"] as? String == "2025-03-31")
        let rules = try #require(object["rules"] as? [String: Any])
        #expect(rules["months"] as? Int == 12 && rules["registration_delay_days"] as? Int == 0)
        let inputs = try #require(object["inputs"] as? [String: Any])
        #expect(inputs["kinship_places"] as? Int == 1 && inputs["in_house_places"] as? Int == 4)
        #expect(inputs["kinship_share"] as? Double == 0.2 && inputs["council_residential_share"] as? Double == 0.5)
        #expect(inputs["agency_fostering_weekly"] as? Double == 850)
        #expect(inputs["external_residential_weekly"] as? Double == 5_000)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 12 * SupplyKind.allCases.count)
        // Elm Lodge counts from 1 October 2025 with no delay: 7 beds at the end of October.
        let october = rows.first {
            $0["month"] as? String == "2025-10-31" && $0["kind"] as? String == "council-residential"
        }
        #expect(october?["supply"] as? Double == 7)
        #expect(!response.body.contains("suppressed"))
    }

    /// Read-only: no demand or shortfall that rounds to 1 to 5, each hidden one named in `suppressed`, and
    /// no total that would add them up.
    @Test func sufficiencyForReadOnly() async throws {
        let uri = "/api/v1/sufficiency?la=990"
        let response = try #require(try await Self.answers([uri], as: "read-only")[uri])
        #expect(response.status == .ok)
        let object = try #require(response.object)
        let rows = try #require(object["rows"] as? [[String: Any]])
        var hidden = 0
        for row in rows {
            if row["demand"] is NSNull {
                hidden += 1
                #expect(row["shortfall"] is NSNull && row["cost"] is NSNull)
                #expect(row["suppressed"] as? [String] == ["demand", "shortfall", "cost"])
            } else {
                let demand = try #require(row["demand"] as? Double),
                    shortfall = try #require(row["shortfall"] as? Double)
                #expect(demand < 0.5 || demand >= 5.5, "\(row)")
                #expect(shortfall < 0.5 || shortfall >= 5.5, "\(row)")
            }
        }
        #expect(hidden > 0)
        #expect(object["total_cost"] is NSNull && object["suppressed"] as? [String] == ["total_cost"])
    }

    @Test func fostering() async throws {
        let uri = "/api/v1/fostering?la=990&target=10"
        let response = try #require(try await Self.answers([uri], as: "placements")[uri])
        #expect(response.status == .ok)
        let object = try #require(response.object)
        #expect(object["date"] as? String == "2025-03-31")
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["households"] as? Int == 4 && totals["places"] as? Int == 6 && totals["placed"] as? Int == 2)
        #expect(totals["on_hold"] as? Int == 1 && totals["vacancies"] as? Int == 3)
        let households = try #require(object["households"] as? [[String: Any]])
        #expect(households.map { $0["reference"] as? String } == ["H-A", "H-B", "H-C", "H-D"])
        #expect(households.first?["postcode_sector"] as? String == "PL4 8")
        #expect(!response.body.contains("PL4 8AA"))
        let voids = try #require(object["voids"] as? [String: Any])
        #expect(voids["total"] as? Int == 1_643)
        let change = try #require(object["net_change"] as? [String: Any])
        #expect(
            change["net"] as? Int == -1 && change["target"] as? Double == 10 && change["shortfall"] as? Double == 11)
        let forecast = try #require(object["forecast"] as? [String: Any])
        #expect((forecast["months"] as? [Any])?.count == 12 && forecast["open_prospects"] as? Int == 1)
    }

    @Test func homes() async throws {
        let uri = "/api/v1/homes?la=990"
        let response = try #require(try await Self.answers([uri], as: "manager")[uri])
        #expect(response.status == .ok)
        let object = try #require(response.object)
        #expect(object["empty_block_cost"] as? Double == 438_000)
        let homes = try #require(object["homes"] as? [[String: Any]])
        #expect(homes.map { $0["reference"] as? String } == ["BLOCK-1", "HOME-1", "HOME-2"])
        #expect(homes[1]["placed"] as? Int == 1 && homes[1]["empty_beds"] as? Int == 2)
        #expect(homes[2]["planned_opening"] as? String == "2025-10-01" && homes[2]["beds"] as? Int == 0)
        let months = try #require(object["months"] as? [[String: Any]])
        #expect(months.count == 12)
        #expect(months.last?["empty_bed_days"] as? Int == 124 && months.last?["empty_bed_cost"] as? Double == 37_200)
    }

    /// Two authorities and none chosen: 400 naming them; another council's or an unknown one: 404, as no data;
    /// a value out of range: 400 with the rule.
    @Test func refusals() async throws {
        let uris = [
            "/api/v1/homes", "/api/v1/fostering?la=OTH", "/api/v1/sufficiency?la=990&months=6",
            "/api/v1/fostering?la=990&target=600", "/api/v1/homes?la=990&month=3",
        ]
        let answers = try await Self.answers(uris, as: "admin")
        func error(_ uri: String) -> String { answers[uri]?.error ?? "" }
        #expect(answers[uris[0]]?.status == .badRequest && error(uris[0]).contains("la is needed"))
        #expect(error(uris[0]).contains("(990, 991)"))
        #expect(answers[uris[1]]?.status == .notFound)
        #expect(
            answers[uris[2]]?.status == .badRequest && error(uris[2]) == "months must be a whole number from 12 to 48.")
        #expect(answers[uris[3]]?.status == .badRequest && error(uris[3]).contains("from 0 to 500"))
        #expect(answers[uris[4]]?.status == .badRequest && error(uris[4]).contains("'month' is not a parameter"))
    }

    /// Read-only may read the sufficiency gap but not the households or homes; social workers none of them.
    @Test func rolesNotAllowedGet403() async throws {
        let uris = ["/api/v1/sufficiency?la=990", "/api/v1/fostering?la=990", "/api/v1/homes?la=990"]
        let readOnly = try await Self.answers(uris, as: "read-only")
        #expect(readOnly[uris[0]]?.status == .ok)
        #expect(readOnly[uris[1]]?.status == .forbidden && readOnly[uris[2]]?.status == .forbidden)
        let socialWorker = try await Self.answers(uris, as: "social-worker")
        for uri in uris { #expect(socialWorker[uri]?.status == .forbidden, "\(uri)") }
    }
}
