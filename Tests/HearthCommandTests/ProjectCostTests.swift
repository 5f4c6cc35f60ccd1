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

    /// With --method montecarlo, --costs adds the month's cost across the paths: mean, sd and quantiles in
    /// pounds, in order, and the total's mean is the sum of the kinds of home's means (to the penny's rounding).
    @Test func monteCarloCostQuantiles() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("G"), "--years", "3"]).expectSuccess()
        let result = try work.hearth([
            "project", "--ssda903", work.path("G"), "--months", "3", "--costs",
            "--method", "montecarlo", "--paths", "200",
        ])
        result.expectSuccess()
        let lines = result.out.split(whereSeparator: \.isNewline)
        #expect(
            lines.first
                == "date,category,mean,sd,p5,p25,p50,p75,p95,cost_mean,cost_sd,cost_p5,cost_p25,cost_p50,cost_p75,cost_p95"
        )
        let rows = lines.dropFirst().map { $0.split(separator: ",").map(String.init) }
        try #require(rows.count == 3 * 5)
        for month in stride(from: 0, to: rows.count, by: 5) {
            let costs = rows[month..<(month + 5)].map { Double($0[9])! }
            #expect(abs(costs[4] - costs[0..<4].reduce(0, +)) < 0.05, "total of \(rows[month][0])")
            #expect(
                costs[4] > 0 && costs[1] / max(1, Double(rows[month + 1][2])!) > costs[0] / Double(rows[month][2])!,
                "a child in a children's home costs more than a fostered child")
        }
        for row in rows {
            let q = row[11...15].map { Double($0)! }
            #expect(q == q.sorted() && row[9...].allSatisfy { $0.wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil })
        }
    }

    @Test func byDurationNeedsMonteCarlo() throws {
        let work = try Workspace()
        let result = try work.hearth(["project", "--by-duration", "--db", work.path("none.sqlite")])
        #expect(result.status != 0)
        #expect(result.err.contains("--by-duration works with --method montecarlo only"))
    }

    /// Time in placement changes the paths (children placed long ago leave more slowly than new ones), and
    /// is seeded like the plain method.
    @Test func byDurationIsSeededAndDiffers() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("G"), "--years", "4"]).expectSuccess()
        let plain = [
            "project", "--ssda903", work.path("G"), "--months", "6", "--method", "montecarlo", "--paths", "200",
        ]
        let first = try work.hearth(plain + ["--by-duration"]), again = try work.hearth(plain + ["--by-duration"])
        first.expectSuccess()
        #expect(first.out == again.out)
        let other = try work.hearth(plain)
        #expect(
            other.out.split(whereSeparator: \.isNewline).first == first.out.split(whereSeparator: \.isNewline).first)
        #expect(other.out != first.out)
    }
}
