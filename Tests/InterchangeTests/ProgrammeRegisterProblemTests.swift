import CareModel
import Testing

@testable import Interchange

/// A register with one thing wrong, and where and what the one problem it gives says.
struct BrokenProgrammeRegister: Sendable, CustomTestStringConvertible {
    typealias T = ProgrammeRegisterReaderTests

    let testDescription: String
    let files: T.Files
    /// The start of the problem: "file:row: field: ".
    let at: String
    /// Words of its rule.
    let says: String

    init(
        _ name: String, programmes: String = T.programmes, plans: String = T.plans, statuses: String = T.statuses,
        at: String, says: String
    ) {
        testDescription = name
        files = T.Files(programmes: programmes, plans: plans, statuses: statuses)
        self.at = at
        self.says = says
    }

    static let cases: [BrokenProgrammeRegister] = [
        .init(
            "an unknown programme kind",
            programmes: T.programmes.replacing(",permanence,", with: ",permanent,"),
            at: "programmes.csv:3: kind: ", says: "'permanent' is not a programme kind (expected one of step-down,"),
        .init(
            "a programme's name differing between its rows",
            programmes: T.programmes + "\nSTEPS,Steps to fostering,step-down,2026-27,300000",
            at: "programmes.csv:4: name: ",
            says: "'Steps to fostering' differs from programme STEPS's name 'STEPs step-down' (row 2)"),
        .init(
            "a programme's kind differing between its rows",
            programmes: T.programmes + "\nSTEPS,STEPs step-down,reunification,2026-27,300000",
            at: "programmes.csv:4: kind: ", says: "'reunification' differs from programme STEPS's kind step-down"),
        .init(
            "two targets for one year",
            programmes: T.programmes + "\nSTEPS,STEPs step-down,step-down,2025-26,300000",
            at: "programmes.csv:4: savings_year: ",
            says: "programme STEPS already has a savings target for 2025-26 (row 2)"),
        .init(
            "a programme repeated without a target",
            programmes: T.programmes + "\nRCRC,Right Child Right Care,permanence,,",
            at: "programmes.csv:4: programme: ", says: "programme RCRC is already in the file (row 3)"),
        .init(
            "a negative savings target",
            programmes: T.programmes.replacing(",400000", with: ",-400000"),
            at: "programmes.csv:2: savings_target: ", says: "'-400000' is negative"),
        .init(
            "a savings target without its year",
            programmes: T.programmes.replacing("2025-26,", with: ","),
            at: "programmes.csv:2: savings_year: ", says: "is blank; a savings_target needs the financial year"),
        .init(
            "a financial year that is not one",
            programmes: T.programmes.replacing("2025-26", with: "2025-27"),
            at: "programmes.csv:2: savings_year: ", says: "'2025-27' is not a financial year (e.g. 2025-26)"),
        .init(
            "a bad date",
            plans: T.plans.replacing("2024-10-07", with: "2024-10-32"),
            at: "plans.csv:2: identified: ", says: "'2024-10-32' is not a date"),
        .init(
            "a target date before the plan was identified",
            plans: T.plans.replacing("187.25,2025-03-31", with: "187.25,2024-05-31"),
            at: "plans.csv:3: target_date: ", says: "2024-05-31 is before identified 2024-06-03"),
        .init(
            "a first target date before the plan was identified",
            plans: T.plans.replacing("target_date\n", with: "target_date,first_target_date\n")
                .replacing("2025-06-30", with: "2025-06-30,2024-10-06").replacing("2025-03-31", with: "2025-03-31,"),
            at: "plans.csv:2: first_target_date: ", says: "2024-10-06 is before identified 2024-10-07"),
        .init(
            "bad money",
            plans: T.plans.replacing(",450,", with: ",£4OO,"),
            at: "plans.csv:2: target_weekly: ", says: "'£4OO' is not an amount in pounds"),
        .init(
            "an unknown programme",
            plans: T.plans.replacing("P-2,RCRC", with: "P-2,HOME"),
            at: "plans.csv:3: programme: ", says: "HOME is not in programmes.csv"),
        .init(
            "a programme of another authority",
            plans: T.plans.replacing("target_date\n", with: "target_date,la\n")
                .replacing("2025-06-30", with: "2025-06-30,").replacing("2025-03-31", with: "2025-03-31,802"),
            at: "plans.csv:3: programme: ", says: "RCRC is not in programmes.csv for authority 802"),
        .init(
            "a duplicate plan",
            plans: T.plans + "\nP-1,RCRC,100002,2024-09-02,leaves-care,196.14,2025-09-30",
            at: "plans.csv:4: plan: ", says: "plan P-1 is already in the file (row 2)"),
        .init(
            "a child's ID longer than an SSDA903 CHILD ID",
            plans: T.plans.replacing(",100001,", with: ",10000100001,"),
            at: "plans.csv:2: child: ", says: "'10000100001' has 11 characters; a CHILD ID has at most 10"),
        .init(
            "an unknown destination",
            plans: T.plans.replacing("fostering-in-house", with: "residential"),
            at: "plans.csv:2: destination: ", says: "'residential' is not a plan destination"),
        .init(
            "a missing reason for out-of-scope",
            statuses: T.statuses + "\nP-2,2024-07-01,out-of-scope,",
            at: "plan-statuses.csv:3: reason: ",
            says: "is blank; a plan whose status is out-of-scope needs the reason"),
        .init(
            "a reason too long",
            statuses: T.statuses + "\nP-2,2024-07-01,on-hold," + String(repeating: "x", count: 201),
            at: "plan-statuses.csv:3: reason: ", says: "has 201 characters; a reason has at most 200"),
        .init(
            "an unknown status",
            statuses: T.statuses + "\nP-1,2024-12-01,paused,",
            at: "plan-statuses.csv:3: status: ", says: "'paused' is not a plan status"),
        .init(
            "a statuses row for an unknown plan",
            statuses: T.statuses + "\nP-9,2024-11-04,searching,",
            at: "plan-statuses.csv:3: plan: ", says: "P-9 is not in plans.csv"),
        .init(
            "a status before the plan was identified",
            statuses: T.statuses + "\nP-2,2024-06-02,searching,",
            at: "plan-statuses.csv:3: from: ",
            says: "2024-06-02 is before plan P-2 was identified on 2024-06-03 (plans.csv row 3)"),
        .init(
            "two statuses of one plan on one day",
            statuses: T.statuses + "\nP-1,2024-11-04,searching,",
            at: "plan-statuses.csv:3: from: ", says: "plan P-1 already has a status from 2024-11-04 (row 2)"),
    ]
}

@Suite("Programme register reader: problems")
struct ProgrammeRegisterProblemTests {
    typealias T = ProgrammeRegisterReaderTests

    @Test("the small register reads without problems")
    func small() {
        #expect(T.problems(T.small) == [])
    }

    @Test(
        "one thing wrong gives one problem, naming the file, row and column",
        arguments: BrokenProgrammeRegister.cases)
    func broken(_ register: BrokenProgrammeRegister) {
        let problems = T.problems(register.files)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.allSatisfy { $0.hasPrefix(register.at) && $0.contains(register.says) }, "\(problems)")
    }

    @Test("several problems in the three files are all listed, in file and row order, and nothing is returned")
    func several() {
        let files = T.Files(
            programmes: """
                programme,name,kind,savings_year,savings_target
                STEPS,STEPs step-down,step-down,2025-26,lots
                STEPS,Steps,step-down,2025-26,300000
                RCRC,Right Child Right Care,permanence,,
                """,
            plans: """
                plan,programme,child,identified,destination,target_weekly,target_date
                P-1,STEPS,100001,2024-10-07,fostering-in-house,450,2024-10-01
                P-2,HOME,100004,someday,leaves-care,187.25,2025-03-31
                P-1,RCRC,100002,2024-09-02,leaves-care,196.14,2025-09-30
                """,
            statuses: """
                plan,from,status,reason
                P-1,2024-11-04,out-of-scope,
                P-9,2024-11-04,searching,
                """)
        #expect(
            T.problems(files) == [
                "programmes.csv:2: savings_target: 'lots' is not an amount in pounds (expected e.g. 1234.56 or "
                    + "£1,234.56)",
                "programmes.csv:3: name: 'Steps' differs from programme STEPS's name 'STEPs step-down' (row 2)",
                "programmes.csv:3: savings_year: programme STEPS already has a savings target for 2025-26 (row 2)",
                "plans.csv:2: target_date: 2024-10-01 is before identified 2024-10-07",
                "plans.csv:3: programme: HOME is not in programmes.csv",
                "plans.csv:3: identified: 'someday' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
                "plans.csv:4: plan: plan P-1 is already in the file (row 2)",
                "plan-statuses.csv:2: reason: is blank; a plan whose status is out-of-scope needs the reason",
                "plan-statuses.csv:3: plan: P-9 is not in plans.csv",
            ])
    }

    @Test("missing columns are each reported on row 1, in every file")
    func missingColumns() {
        let problems = T.problems(
            T.Files(programmes: "programme,name\nSTEPS,STEPs\n", plans: "plan,programme\n", statuses: "plan,status\n"))
        #expect(problems.count == 7)  // kind; child, identified, destination, target_weekly, target_date; from
        #expect(
            problems.first == "programmes.csv:1: kind: column is missing; a programmes file needs programme,name,kind")
        #expect(
            problems.last
                == "plan-statuses.csv:1: from: column is missing; a plan statuses file needs plan,from,status")
    }

    @Test("an empty file and a file of more rows than any council has are refused")
    func refused() {
        #expect(T.problems(T.Files(programmes: "  \n", plans: T.plans)) == ["programmes.csv: file is empty"])
        let row = "\nP-1,2024-11-04,searching,"
        let huge = T.statuses + String(repeating: row, count: SupplyTable.maximumRows)
        #expect(
            T.problems(T.Files(programmes: T.programmes, plans: T.plans, statuses: huge)) == [
                "plan-statuses.csv: has 100,001 rows; a plan statuses file has at most 100,000"
            ])
    }
}
