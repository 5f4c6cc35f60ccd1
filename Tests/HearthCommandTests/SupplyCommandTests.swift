import Foundation
import Testing

/// Foster households, homes and recruitment from `hearth generate`, imported and reported by the command line,
/// against the generator's own truth (worked out from its in-memory households and placements, not through
/// Hearth's readers or sums).
@Suite("hearth fostering, homes and sufficiency, end to end", .serialized)
struct SupplyCommandTests {
    static let authority = "990"

    func imported(_ work: Workspace) throws -> String {
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "5", "--years", "3"]).expectSuccess()
        let db = work.path("hearth.sqlite"), folder = work.path("gen/\(Self.authority)")
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        try work.hearth(["import", "costs", folder + "/placement-costs.csv", "--db", db]).expectSuccess()
        try work.hearth([
            "import", "households", folder + "/fostering/households.csv", "--statuses",
            folder + "/fostering/household-statuses.csv", "--db", db,
        ]).expectSuccess()
        try work.hearth(["import", "homes", folder + "/homes.csv", "--db", db]).expectSuccess()
        try work.hearth(["import", "recruitment", folder + "/recruitment-events.csv", "--db", db]).expectSuccess()
        return db
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Vacancies = places − placed − on hold for every household on the data's last day (31 March 2025), as the
    /// generator counted them; and the funnel's counts for the last three years as its events give them.
    @Test func fosteringMatchesTheGeneratorsTruth() throws {
        let work = try Workspace()
        let db = try imported(work)
        let fostering = try work.hearth(["fostering", "--date", "2025-03-31", "--format", "csv", "--db", db])
        fostering.expectSuccess()
        let truth = try String(contentsOfFile: work.path("gen/990/expected-vacancies.csv"), encoding: .utf8)
        // Truth: household,places,placed,on_hold,vacancies; Hearth: household,kind,places,placed,on_hold,vacancies.
        let hearth = Self.lines(fostering.out).dropFirst().map { line -> String in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields.remove(at: 1)
            return fields.joined(separator: ",")
        }
        #expect(hearth.count > 50)
        #expect(hearth.sorted() == Array(Self.lines(truth).dropFirst()).sorted())

        let funnel = try work.hearth(["fostering", "--date", "2025-03-31", "--funnel", "--format", "csv", "--db", db])
        funnel.expectSuccess()
        let expected = try String(contentsOfFile: work.path("gen/990/expected-funnel.csv"), encoding: .utf8)
        let wanted = Self.lines(expected).filter {
            $0.hasPrefix("2022-23,") || $0.hasPrefix("2023-24,") || $0.hasPrefix("2024-25,")
        }
        #expect(wanted.count == 24)
        #expect(Array(Self.lines(funnel.out).dropFirst()).sorted() == wanted.sorted())
    }

    @Test func homesAndSufficiencyRun() throws {
        let work = try Workspace()
        let db = try imported(work)
        let homes = try work.hearth(["homes", "--format", "csv", "--db", db])
        homes.expectSuccess()
        #expect(Self.lines(homes.out).first == "month,home,kind,bed_days,empty_bed_days,empty_bed_cost")
        let gap = try work.hearth(["sufficiency", "--format", "csv", "--db", db])
        gap.expectSuccess()
        // 24 months × 3 kinds of the council's own homes, under the column line.
        #expect(Self.lines(gap.out).count == 1 + 24 * 3)
        let bad = try work.hearth(["sufficiency", "--months", "3", "--db", db])
        #expect(bad.status != 0 && bad.err.contains("--months must be between 12 and 48"))
    }

    @Test func aBrokenHouseholdsFileChangesNothing() throws {
        let work = try Workspace()
        let db = try imported(work)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let broken = work.path("broken.csv")
        try "household,kind,approved,places\nFC-1,mainstream,2024-13-01,2\nFC-2,foster,2024-01-01,0\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let run = try work.hearth(["import", "households", broken, "--db", db])
        #expect(run.status != 0)
        #expect(run.err.contains("broken.csv:2: approved:"))
        #expect(run.err.contains("broken.csv:3: kind:"))
        #expect(run.err.contains("broken.csv:3: places:"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)

        // A dry run of a good file says what would change and changes nothing.
        let good = work.path("good.csv")
        try "household,kind,approved,places\nFC-X1,mainstream,2024-01-01,2\n".write(
            toFile: good, atomically: true, encoding: .utf8)
        let dry = try work.hearth(["import", "households", good, "--dry-run", "--db", db])
        dry.expectSuccess()
        #expect(dry.out.contains(" foster households now, 1 after."))
        #expect(dry.out.contains("Dry run: nothing was saved."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}
