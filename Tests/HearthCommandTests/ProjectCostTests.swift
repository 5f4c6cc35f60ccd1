import Foundation
import Testing

@Suite("hearth project --costs, end to end", .serialized)
struct ProjectCostTests {
    /// Three month ends × four kinds of home, each with a positive cost in pounds; a child in residential
    /// care costs more a month than a fostered one (£5,000–£6,500 against £350–£950 a week by default).
    @Test func costColumnPricesEachKindOfHome() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("G"), "--years", "3"]).expectSuccess()
        let result = try work.hearth(["project", "--ssda903", work.path("G"), "--months", "3", "--costs"])
        result.expectSuccess()
        let lines = result.out.split(whereSeparator: \.isNewline)
        #expect(lines.first == "date,category,age_band,mean,sd,lower,upper,cost")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        try #require(rows.count == 3 * 4)
        for row in rows {
            #expect(row.count == 8)
            #expect(row[7].wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil, "plain pounds: \(row[7])")
        }
        let positive = rows.filter { Double($0[3])! > 0 }
        #expect(positive.allSatisfy { Double($0[7])! > 0 })
        func perChild(_ category: String) -> Double? {
            guard let row = rows.first(where: { $0[1] == category }), Double(row[3])! > 0 else { return nil }
            return Double(row[7])! / Double(row[3])!
        }
        let fostering = try #require(perChild("Fostering")), residential = try #require(perChild("Residential"))
        #expect(residential > fostering)
    }

    @Test func costsNeedTheMarkovMethod() throws {
        let work = try Workspace()
        let result = try work.hearth(["project", "--method", "montecarlo", "--costs", "--db", work.path("none.sqlite")])
        #expect(result.status != 0)
        #expect(result.err.contains("--costs works with the Markov method only"))
    }
}
