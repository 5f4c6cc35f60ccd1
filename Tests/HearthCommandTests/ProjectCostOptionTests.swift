import Foundation
import Testing

@Suite("hearth project --inflation and --weekly-cost, end to end", .serialized)
struct ProjectCostOptionTests {
    /// One child fostered in-house (U4, PR1) since 1 April 2023 and still there, in the 2023-24 return:
    /// the data ends on 31 March 2024. With the reference window from 1 May 2023 nobody enters, moves or
    /// leaves, so the projection keeps exactly one fostered child, all of it in-house fostering.
    static func oneChild(_ work: Workspace) throws -> String {
        let folder = work.path("returns/2024")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,1,01/01/2016,WBRI,,,\n"
            .write(toFile: folder + "/header.csv", atomically: true, encoding: .utf8)
        try
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nA,01/04/2023,S,C2,N1,U4,PR1,,,,,,\n"
            .write(toFile: folder + "/episodes.csv", atomically: true, encoding: .utf8)
        return work.path("returns")
    }

    /// Fostering cost by month end, from the csv's date, category and cost columns.
    static func fosteringCosts(_ out: String) -> [String: String] {
        var costs: [String: String] = [:]
        for line in out.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            if cells[1] == "Fostering" { costs[String(cells[0])] = String(cells[7]) }
        }
        return costs
    }

    /// Default in-house fostering £550 a week: £550 ÷ 7 × 30 days = £2,357.142857… → 2357.14 for April 2024.
    /// With --weekly-cost fostering-in-house=700: £100 a day, April 2024 = 30 × £100 = 3000.00.
    /// With --inflation 10 too, prices rise 10% on 31 March 2025 (a year after the start, 31 March 2024):
    /// March 2025 = 30 × £100 + 1 × £110 = 3110.00; April 2025 = 30 × £110 = 3300.00.
    @Test func overrideAndInflationChangeTheCostAsComputedByHand() throws {
        let work = try Workspace()
        let returns = try Self.oneChild(work)
        let common = ["project", "--ssda903", returns, "--reference-start", "2023-05-01", "--months", "13", "--costs"]
        let plain = try work.hearth(common)
        plain.expectSuccess()
        #expect(Self.fosteringCosts(plain.out)["2024-04-30"] == "2357.14")
        #expect(Self.fosteringCosts(plain.out)["2025-04-30"] == "2357.14")  // no inflation by default

        let priced = try work.hearth(common + ["--weekly-cost", "fostering-in-house=700", "--inflation", "10"])
        priced.expectSuccess()
        let costs = Self.fosteringCosts(priced.out)
        #expect(costs["2024-04-30"] == "3000.00")
        #expect(costs["2025-03-31"] == "3110.00")
        #expect(costs["2025-04-30"] == "3300.00")
        #expect(priced.out.contains("2025-04-30,Residential,all,0.000,0.000,0.000,0.000,0.00"))

        // Another item's price does not touch the in-house fostered child; "£1,050" and "3.5%" are read too.
        let other = try work.hearth(
            common + [
                "--weekly-cost", "fostering-agency=£1,050", "--weekly-cost",
                "residential-external=7000", "--inflation", "3.5%",
            ])
        other.expectSuccess()
        #expect(Self.fosteringCosts(other.out)["2024-04-30"] == "2357.14")
    }

    @Test(
        "each mistake names the option and the rule",
        arguments: [
            (
                ["--costs", "--weekly-cost", "fostering"],
                "--weekly-cost must be ITEM=POUNDS, like fostering-agency=1050: \"fostering\" has no \"=\"."
            ),
            (
                ["--costs", "--weekly-cost", "foster=5"],
                "--weekly-cost: \"foster\" is not a cost item; the items are fostering-friend-relative,"
            ),
            (
                ["--costs", "--weekly-cost", "supported=lots"],
                "--weekly-cost supported: \"lots\" is not an amount of pounds"
            ),
            (
                ["--costs", "--weekly-cost", "supported=-5"],
                "--weekly-cost supported must not be negative (got -£5.00)."
            ),
            (
                ["--costs", "--weekly-cost", "other=5", "--weekly-cost", "other=6"],
                "--weekly-cost other is given more than once."
            ),
            (["--costs", "--inflation", "150"], "--inflation must be a yearly rise between 0% and 100% (got 150%)."),
            (["--costs", "--inflation=-2"], "--inflation must be a yearly rise between 0% and 100% (got -2%)."),
            (
                ["--costs", "--inflation", "some"],
                "--inflation must be a yearly rise in percent, like 3.5: \"some\" is not a number."
            ),
            (["--inflation", "3"], "--inflation changes the cost column only: add --costs."),
            (["--weekly-cost", "other=5"], "--weekly-cost changes the cost column only: add --costs."),
        ])
    func mistakesAreExplained(arguments: [String], message: String) throws {
        let work = try Workspace()
        let result = try work.hearth(["project", "--db", work.path("none.sqlite")] + arguments)
        #expect(result.status != 0)
        #expect(result.err.contains(message), "\(result.err)")
    }
}
