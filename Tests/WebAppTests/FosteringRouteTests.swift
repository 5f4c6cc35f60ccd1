import CareModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@testable import WebApp

/// The fostering page over `SupplyFixture` (authority 990 on 31 March 2025), every number counted by hand there.
@Suite("Fostering page, in process, over a real SQLite file")
struct FosteringRouteTests {
    static func numeric(_ cells: [String]) -> String {
        cells.map { "<td class=\"numeric\">\($0)</td>" }.joined()
    }

    @Test func occupancyInAllByKindAndByHousehold() async throws {
        try await SufficiencyRouteTests.page("/fostering", as: .placements) { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<h1>Fostering</h1>"))
            #expect(page.contains("Foster households of authority 990 on 31 March 2025, where its data ends."))
            // Headline: 4 households, 6 places, 2 children, 1 on hold, 3 vacancies.
            #expect(
                page.contains(
                    "<dt>Foster households</dt><dd>4</dd><dt>Approved places</dt><dd>6</dd><dt>Children placed</dt>"
                        + "<dd>2</dd><dt>Places on hold</dt><dd>1</dd><dt>Vacancies</dt><dd>3</dd>"))
            // Two mainstream households of 2 places with 1 child placed: 3 vacancies.
            #expect(page.contains("<th scope=\"row\">Mainstream</th>" + Self.numeric(["2", "4", "1", "0", "3"])))
            #expect(
                page.contains("<th scope=\"row\">Specialist scheme</th>" + Self.numeric(["1", "1", "0", "1", "0"])))
            #expect(page.contains("<th scope=\"row\">Total</th>" + Self.numeric(["4", "6", "2", "1", "3"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">H-A</th><td>Mainstream</td><td>PL4 8</td><td>Approved</td>"
                        + Self.numeric(["2", "1", "0", "1"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">H-C</th><td>Specialist scheme</td><td>PL6 5</td><td>On hold: Illness</td>"))
            #expect(!page.contains("PL4 8AA") && !page.contains("H-E"))  // sectors only; resigned households gone
        }
    }

    @Test func voidsTheFunnelAndTheForecast() async throws {
        try await SufficiencyRouteTests.page("/fostering", as: .manager) { response, page, _ in
            #expect(response.status == .ok)
            // Void place-days over the 12 months.
            #expect(page.contains("<th scope=\"row\">Not matched</th><td class=\"numeric\">1,553</td>"))
            #expect(page.contains("<th scope=\"row\">On hold: Illness</th><td class=\"numeric\">90</td>"))
            #expect(page.contains("<th scope=\"row\">Total</th><td class=\"numeric\">1,643</td>"))
            // The funnel: 2022-23, 2023-24 and 2024-25; conversions and median days.
            #expect(page.contains("<th scope=\"row\">Enquiry</th>" + Self.numeric(["0", "1", "2"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">Enquiry</th><td>Initial visit</td>" + Self.numeric(["2", "2", "100%", "26.5"])))
            #expect(
                page.contains(
                    "<th scope=\"row\">Initial visit</th><td>Application</td>" + Self.numeric(["2", "1", "50%", "30"])))
            #expect(page.contains("<th scope=\"row\">May</th><td class=\"numeric\">2</td>"))
            #expect(page.contains("<th scope=\"row\">September</th><td class=\"numeric\">1</td>"))
            // Twelve forecast months, and the year's net change without a target.
            #expect(page.contains("1 household is in the pipeline"))
            #expect(ProjectionRouteTests.rows(after: "<caption>Expected approvals by month", in: page) == 12)
            #expect(page.contains("<dt>Resigned or deregistered</dt><dd>1</dd><dt>Net change</dt><dd>−1</dd>"))
            #expect(page.contains("<dt>Target</dt><dd>None given: enter one in the form above</dd>"))
        }
    }

    /// A target of 10 a year is 10.0 for the whole financial year; the net change is −1, so 11 short.
    @Test func netChangeAgainstTheTarget() async throws {
        try await SufficiencyRouteTests.page("/fostering?target=10&la=990") { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<dt>Target for these days</dt><dd>10.0</dd>"))
            #expect(page.contains("<dd>Short of the target by 11.0</dd>"))
            #expect(page.contains("id=\"target\" name=\"target\" value=\"10\""))
        }
    }

    /// The other authority has no households: every count is nought, and nothing of 990's is shown.
    @Test func anotherAuthority() async throws {
        try await SufficiencyRouteTests.page("/fostering?la=991") { response, page, _ in
            #expect(response.status == .ok)
            #expect(page.contains("<option value=\"991\" selected>991</option>"))
            #expect(page.contains("<dt>Foster households</dt><dd>0</dd>"))
            #expect(!page.contains("H-A"))
        }
    }

    @Test(
        "bad values: 400, the error summary links to the field, the form keeps what was typed",
        arguments: [
            ("target=600", "target", "Enter the target as a whole number of new households a year from 0 to 500"),
            ("target=some", "target", "like 20."),
            ("la=OTH", "la", "Choose an authority from the list."),
        ])
    func badValues(query: String, field: String, message: String) async throws {
        try await SufficiencyRouteTests.page("/fostering?" + query) { response, page, _ in
            #expect(response.status == .badRequest)
            #expect(page.contains("<title>Error: Fostering – Hearth</title>"))
            #expect(page.contains("<li><a href=\"#\(field)\">") && page.contains(message))
            #expect(page.contains("id=\"\(field)-error\""))
            if field == "target" { #expect(page.contains("value=\"\(query.dropFirst("target=".count))\"")) }
            #expect(!page.contains("H-A"))
        }
    }

    @Test(arguments: [Role.readOnly, .socialWorker])
    func rolesNotAllowedAreRefused(role: Role) async throws {
        for uri in ["/fostering", "/homes"] {
            try await SufficiencyRouteTests.page(uri, as: role) { response, page, _ in
                #expect(response.status == .forbidden, "\(uri)")
                #expect(!page.contains("H-A") && !page.contains("Oak House"))
            }
        }
    }
}
