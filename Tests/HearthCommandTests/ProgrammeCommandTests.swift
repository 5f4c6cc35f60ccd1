import Foundation
import Testing

/// Programmes and scenarios from `hearth generate`, imported and reported by the command line.
@Suite("hearth programme and scenario, end to end", .serialized)
struct ProgrammeCommandTests {
    func imported(_ work: Workspace) throws -> String {
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "5", "--years", "3"]).expectSuccess()
        let db = work.path("hearth.sqlite"), folder = work.path("gen/990")
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        try work.hearth(["import", "costs", folder + "/placement-costs.csv", "--db", db]).expectSuccess()
        try work.hearth([
            "import", "programmes", folder + "/programmes/programmes.csv", "--plans", folder + "/programmes/plans.csv",
            "--statuses", folder + "/programmes/plan-statuses.csv", "--db", db,
        ]).expectSuccess()
        return db
    }

    /// The list has each programme of the file with its plans; a plan's update is checked (on hold needs a
    /// reason), saved and shown.
    @Test func programmesListUpdateAndShow() throws {
        let work = try Workspace()
        let db = try imported(work)
        let list = try work.hearth(["programme", "list", "--format", "csv", "--db", db])
        list.expectSuccess()
        let programmes = list.out.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",")[0] }
        #expect(programmes.contains("STEPS") && programmes.contains("RCRC") && programmes.contains("HOME"))
        let show = try work.hearth(["programme", "show", "STEPS", "--format", "csv", "--db", db])
        show.expectSuccess()
        let plan = String(show.out.split(whereSeparator: \.isNewline)[1].split(separator: ",")[0])
        let refused = try work.hearth(["programme", "update", plan, "--status", "on-hold", "--db", db])
        #expect(refused.status != 0)
        #expect(refused.err.contains("Say why the plan is on hold"))
        try work.hearth([
            "programme", "update", plan, "--status", "on-hold", "--from", "2025-03-31", "--reason",
            "placement breakdown", "--db", db,
        ]).expectSuccess()
        let after = try work.hearth(["programme", "show", "STEPS", "--format", "csv", "--db", db])
        #expect(after.out.contains("\(plan),") && after.out.contains(",on-hold,unconfirmed,"))
        #expect(try work.hearth(["programme", "show", "NOPE", "--db", db]).status != 0)
    }

    /// A block contract priced against the baseline, saved and compared with another.
    @Test func scenarioRunSaveCompare() throws {
        let work = try Workspace()
        let db = try imported(work)
        let run = try work.hearth([
            "scenario", "run", "--block", "beds=2,from=2025-06-01,weekly=4000", "--format", "csv", "--db", db,
        ])
        run.expectSuccess()
        let rows = run.out.split(whereSeparator: \.isNewline).map(String.init)
        #expect(
            rows.first == "scenario,month,fostering,residential,supported,other,cost,cost_low,cost_high,"
                + "baseline_cost,difference,investment,cumulative_net_saving")
        #expect(rows.count == 25)
        let bad = try work.hearth(["scenario", "run", "--block", "beds=two,from=2025-06-01,weekly=4000", "--db", db])
        #expect(bad.status != 0 && bad.err.contains("block: beds: must be a whole number"))
        try work.hearth([
            "scenario", "save", "--name", "Block", "--block", "beds=2,from=2025-06-01,weekly=4000", "--db", db,
        ])
        .expectSuccess()
        try work.hearth(["scenario", "save", "--name", "Fewer", "--entries", "percent=-10,from=2025-06-01", "--db", db])
            .expectSuccess()
        let compare = try work.hearth(["scenario", "compare", "Block", "Fewer", "--format", "csv", "--db", db])
        compare.expectSuccess()
        #expect(compare.out.split(whereSeparator: \.isNewline).count == 49)
        #expect(try work.hearth(["scenario", "list", "--db", db]).out.contains("Fewer — saved by"))
    }
}
