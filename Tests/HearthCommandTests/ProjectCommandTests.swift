import Foundation
import Testing

@Suite("hearth project, end to end", .serialized)
struct ProjectCommandTests {
    /// 12 month ends × 4 kinds of home = 48 rows; with --by-age each kind adds 5 age-band rows (4 × 6 × 12 = 288).
    @Test func csvRowsFromFilesAndFromTheDatabaseAgree() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "3"]).expectSuccess()
        let fromFiles = try work.hearth(["project", "--ssda903", work.path("gen"), "--months", "12"])
        fromFiles.expectSuccess()
        let lines = fromFiles.out.split(whereSeparator: \.isNewline)
        #expect(lines.first == "date,category,age_band,mean,sd,lower,upper")
        #expect(lines.count == 1 + 48)
        #expect(lines[1].hasPrefix("2025-04-30,Fostering,all,"))

        let db = work.path("hearth.sqlite")
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        let fromDatabase = try work.hearth(["project", "--db", db, "--months", "12"])
        #expect(fromDatabase.out == fromFiles.out)

        let byAge = try work.hearth(["project", "--db", db, "--months", "12", "--by-age"])
        #expect(byAge.out.split(whereSeparator: \.isNewline).count == 1 + 288)
    }

    /// The first month end's projected total stays close to the stock the projection starts from (the
    /// rates are the data's own), and the band contains the mean.
    @Test func projectionStartsFromTheStock() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "3"]).expectSuccess()
        let expected = try String(contentsOfFile: work.path("gen/990/expected-stock.csv"), encoding: .utf8)
        let stock = expected.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("2025-03-31") }
            .reduce(0) { $0 + Int($1.split(separator: ",")[4])! }
        let out = try work.hearth(["project", "--ssda903", work.path("gen"), "--months", "1"]).out
        let rows = out.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",") }
        let total = rows.reduce(0.0) { $0 + Double($1[3])! }
        #expect(abs(total - Double(stock)) / Double(stock) < 0.05)
        #expect(rows.allSatisfy { Double($0[5])! <= Double($0[3])! && Double($0[3])! <= Double($0[6])! })
    }

    @Test func badOptionsAreExplained() throws {
        let work = try Workspace()
        let result = try work.hearth(["project", "--months", "60", "--db", work.path("none.sqlite")])
        #expect(result.status != 0)
        #expect(result.err.contains("--months must be between 1 and 48"))
    }

    /// The same seed gives the same quantiles; each month has four kinds of home and a total, and the
    /// quantiles are in order.
    @Test func monteCarloIsSeededAndOrdered() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "3"]).expectSuccess()
        let arguments = [
            "project", "--ssda903", work.path("gen"), "--method", "montecarlo", "--paths", "200",
            "--months", "3", "--seed", "11", "--seasonal",
        ]
        let first = try work.hearth(arguments), second = try work.hearth(arguments)
        first.expectSuccess()
        #expect(first.out == second.out)
        let lines = first.out.split(whereSeparator: \.isNewline)
        #expect(lines.first == "date,category,mean,sd,p5,p25,p50,p75,p95")
        #expect(lines.count == 1 + 3 * 5)
        for line in lines.dropFirst() {
            let q = line.split(separator: ",").dropFirst(4).map { Double($0)! }
            #expect(q == q.sorted())
        }
    }

    @Test func backtestReportsEveryMethodAndHorizon() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "4"]).expectSuccess()
        let result = try work.hearth([
            "project", "backtest", "--ssda903", work.path("gen"), "--format", "csv",
            "--horizons", "6,12",
        ])
        result.expectSuccess()
        let lines = result.out.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasPrefix("Method,Horizon (months),Cut-offs,MAE total,MAPE total %") == true)
        // plain, seasonal, seasonalTrend, montecarlo, montecarlo-duration × 6 and 12 months
        #expect(lines.count == 1 + 5 * 2)
        #expect(lines.contains { $0.hasPrefix("montecarlo-duration,12,") })
        let bad = try work.hearth(["project", "backtest", "--ssda903", work.path("gen"), "--methods", "plain,guess"])
        #expect(bad.status != 0)
        #expect(
            bad.err.contains(
                "--methods must be some of plain, seasonal, seasonalTrend, montecarlo, montecarlo-duration"))
    }

    @Test func importsAreAudited() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "2"]).expectSuccess()
        let db = work.path("hearth.sqlite")
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        try work.hearth(["import", "costs", work.path("gen/990/placement-costs.csv"), "--db", db]).expectSuccess()
        let audit = try work.hearth(["audit", "--format", "csv", "--db", db])
        #expect(audit.out.contains("SSDA903 import 1"))
        #expect(audit.out.contains("costs register for 990"))
    }
}
