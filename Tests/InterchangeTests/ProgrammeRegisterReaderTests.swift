import CareModel
import Testing

@testable import Interchange

@Suite("Programme register reader")
struct ProgrammeRegisterReaderTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let reader = ProgrammeRegisterReader(defaultAuthority: "990")

    /// The register's three files in memory; `statuses` is the optional plan-statuses.csv.
    struct Files: Sendable {
        var programmes: String
        var plans: String
        var statuses: String?
    }

    static func read(_ files: Files) throws(FileReadFailure) -> ProgrammeRegister {
        try reader.read(
            programmes: (name: "programmes.csv", bytes: Array(files.programmes.utf8)),
            plans: (name: "plans.csv", bytes: Array(files.plans.utf8)),
            statuses: files.statuses.map { (name: "plan-statuses.csv", bytes: Array($0.utf8)) })
    }

    static func problems(_ files: Files) -> [String] {
        do {
            _ = try read(files)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// A small register that reads without problems; the broken cases change one of its files.
    static let programmes = """
        programme,name,kind,savings_year,savings_target
        STEPS,STEPs step-down,step-down,2025-26,400000
        RCRC,Right Child Right Care,permanence,,
        """
    static let plans = """
        plan,programme,child,identified,destination,target_weekly,target_date
        P-1,STEPS,100001,2024-10-07,fostering-in-house,450,2025-06-30
        P-2,RCRC,100004,2024-06-03,leaves-care,187.25,2025-03-31
        """
    static let statuses = """
        plan,from,status,reason
        P-1,2024-11-04,panel-agreed,
        """
    static let small = Files(programmes: programmes, plans: plans, statuses: statuses)

    /// Every column, names and codes in any case, columns in any order, an extra column, two authorities.
    static let full = Files(
        programmes: """
            Programme,Name,Kind,Savings_Year,Savings_Target,LA
            STEPS,STEPs step-down,Step-Down,2026-27,"£250,000.50",
            STEPS,STEPs step-down,step-down,2025-26,400000,
            RCRC,Right Child Right Care,permanence,,,
            RCRC,Right Child Right Care,permanence,2025-26,150000,802
            """,
        plans: """
            plan,programme,child,identified,destination,target_weekly,target_date,first_target_date,\
            one_off_cost,owner,la,notes
            P-2,STEPS,100001,2024-10-07,fostering-in-house,450,2025-06-30,2025-04-30,"£5,000",Placements Team,,x
            P-1,STEPS,100003,16/09/2024,Fostering IFA,1100.00,2025-03-31,,,,,
            P-1,RCRC,100004,2024-06-03,leaves-care,187.25,2025-03-31,,3500,,802,
            """,
        statuses: """
            plan,from,status,reason,la
            P-2,2024-12-02,searching,,
            P-2,2024-11-04,Panel Agreed,,
            P-1,2025-01-20,on_hold,Awaiting court decision,
            P-1,2025-02-24,achieved,,802
            """)

    /// What `full` reads to: each list sorted by authority then reference ("802" before "990").
    static let expected = ProgrammeRegister(
        programmes: [
            Programme(
                authority: "802", id: "RCRC", name: "Right Child Right Care", kind: .permanence,
                savingsTargets: [SavingsTarget(year: FinancialYear(2025), amount: Money(pounds: 150_000))]),
            Programme(authority: "990", id: "RCRC", name: "Right Child Right Care", kind: .permanence),
            Programme(
                authority: "990", id: "STEPS", name: "STEPs step-down", kind: .stepDown,
                savingsTargets: [
                    SavingsTarget(year: FinancialYear(2025), amount: Money(pounds: 400_000)),
                    SavingsTarget(year: FinancialYear(2026), amount: Money(pence: 25_000_050)),
                ]),
        ],
        plans: [
            ProgrammePlan(
                authority: "802", id: "P-1", programme: "RCRC", child: "100004", identified: day("2024-06-03"),
                destination: .leavesCare, targetWeekly: Money(pence: 18_725), firstTargetDate: day("2025-03-31"),
                oneOffCost: Money(pounds: 3_500),
                statuses: [PlanStatusChange(day: day("2025-02-24"), status: .achieved)]),
            ProgrammePlan(
                authority: "990", id: "P-1", programme: "STEPS", child: "100003", identified: day("2024-09-16"),
                destination: .home(.fosteringAgency), targetWeekly: Money(pounds: 1_100),
                firstTargetDate: day("2025-03-31"),
                statuses: [
                    PlanStatusChange(day: day("2025-01-20"), status: .onHold, reason: "Awaiting court decision")
                ]),
            ProgrammePlan(
                authority: "990", id: "P-2", programme: "STEPS", child: "100001", identified: day("2024-10-07"),
                destination: .home(.fosteringInHouse), targetWeekly: Money(pounds: 450),
                firstTargetDate: day("2025-04-30"), targetDate: day("2025-06-30"), oneOffCost: Money(pounds: 5_000),
                owner: "Placements Team",
                statuses: [
                    PlanStatusChange(day: day("2024-11-04"), status: .panelAgreed),
                    PlanStatusChange(day: day("2024-12-02"), status: .searching),
                ]),
        ])

    @Test("every column read to the exact values, targets in year order and statuses attached in day order")
    func fullFiles() throws {
        #expect(try Self.read(Self.full) == Self.expected)
    }

    @Test("without plan-statuses.csv every plan is identified throughout")
    func withoutStatuses() throws {
        let register = try Self.read(Files(programmes: Self.programmes, plans: Self.plans))
        #expect(register.plans.map(\.id) == ["P-1", "P-2"])
        #expect(register.plans.allSatisfy { $0.statuses.isEmpty && $0.currentStatus == .identified })
        #expect(register.plans[0].firstTargetDate == Self.day("2025-06-30"))  // defaults to target_date
        #expect(register.plans[0].oneOffCost == .zero && register.plans[0].owner == nil)
    }

    @Test("a register written by ProgrammeCSVWriter reads back as it was")
    func roundTrip() throws {
        var register = Self.expected
        register.programmes[2].name = "=STEPs, \"step-down\""
        register.plans[0].owner = "Kinship Team, North"
        register.plans[0].statuses.append(
            PlanStatusChange(day: Self.day("2025-06-02"), status: .outOfScope, reason: "-moved, \"away\""))
        let programmes = ProgrammeCSVWriter.programmes(register.programmes)
        let plans = ProgrammeCSVWriter.plans(register.plans), statuses = ProgrammeCSVWriter.planStatuses(register.plans)
        let read = try ProgrammeRegisterReader(defaultAuthority: "999").read(
            programmes: (name: "programmes.csv", bytes: Array(programmes.utf8)),
            plans: (name: "plans.csv", bytes: Array(plans.utf8)),
            statuses: (name: "plan-statuses.csv", bytes: Array(statuses.utf8)))
        #expect(read == register)
        #expect(ProgrammeCSVWriter.programmes([]) == "programme,name,kind,savings_year,savings_target,la\r\n")
    }

    @Test("the example files read: STEPS with £400,000 for 2025-26, RCRC, and eight plans of children placed")
    func examples() throws {
        let register = try Self.reader.read(
            programmesPath: "docs/examples/programmes.csv", plansPath: "docs/examples/plans.csv",
            statusesPath: "docs/examples/plan-statuses.csv")
        #expect(register.programmes.map(\.id) == ["RCRC", "STEPS"])
        let rcrc = register.programmes[0], steps = register.programmes[1]
        #expect(steps.kind == .stepDown && steps.savingsTarget(for: FinancialYear(2025)) == Money(pounds: 400_000))
        #expect(rcrc.kind == .permanence)
        #expect(rcrc.savingsTargets.map(\.year) == [FinancialYear(2025), FinancialYear(2026)])
        #expect(register.plans.count == 8 && register.plans.allSatisfy { $0.authority == "990" })
        let plans = Dictionary(uniqueKeysWithValues: register.plans.map { ($0.id, $0) })
        #expect(plans["STEP-001"]?.firstTargetDate == Self.day("2025-04-30"))
        #expect(plans["STEP-001"]?.targetDate == Self.day("2025-06-30"))
        #expect(plans["STEP-002"]?.status(on: Self.day("2025-02-01")) == .onHold)
        #expect(plans["STEP-003"]?.currentStatus == .achieved)
        #expect(plans["STEP-004"]?.currentStatus == .outOfScope)
        #expect(plans["STEP-005"]?.statuses.isEmpty == true)
        #expect(plans["RCRC-001"]?.destination == .leavesCare)
        // The plans of children the costs example holds find their placement there.
        let costs = try PlacementCostReader(defaultAuthority: "990").read(path: "docs/examples/placement-costs.csv")
        let placed = Set(costs.map(\.child))
        for id in ["STEP-001", "STEP-002", "RCRC-001", "RCRC-002"] {
            #expect(plans[id].map { placed.contains($0.childKey) } == true, "\(id)")
        }
    }

    @Test("files on disk are read by path; missing files are each named, and problems name the file's path")
    func paths() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let programmes = folder.write("programmes.csv", Self.programmes)
        let plans = folder.write("plans.csv", Self.plans)
        let statuses = folder.write("plan-statuses.csv", Self.statuses)
        let register = try Self.reader.read(programmesPath: programmes, plansPath: plans, statusesPath: statuses)
        #expect(register.plans[0].statuses == [PlanStatusChange(day: Self.day("2024-11-04"), status: .panelAgreed)])
        let missing = [folder.path + "/none.csv", folder.path + "/gone.csv"]
        do {
            _ = try Self.reader.read(programmesPath: missing[0], plansPath: plans, statusesPath: missing[1])
            Issue.record("missing files were read")
        } catch {
            #expect(error.problems.map(\.description) == missing.map { $0 + ": no such file" })
        }
        let unknown = folder.write("unknown.csv", Self.statuses + "\nP-9,2024-11-04,searching,")
        do {
            _ = try Self.reader.read(programmesPath: programmes, plansPath: plans, statusesPath: unknown)
            Issue.record("a status of an unknown plan was read")
        } catch {
            #expect(error.problems.map(\.description) == ["\(unknown):3: plan: P-9 is not in plans.csv"])
        }
    }
}
