import CareModel

/// Reads the council's programme register: its programmes (programmes.csv), the children's plans in them
/// (plans.csv) and, optionally, the plans' status changes (plan-statuses.csv) — the step-down,
/// reunification and permanence work whose savings the budget counts on.
///
/// **programmes.csv**: one row per programme and financial year, with the columns `programme` (the
/// council's reference, e.g. STEPS), `name` and `kind` (step-down, step-forward, reunification,
/// permanence, coming-home, edge-of-care or other). Optional columns: `savings_year` and
/// `savings_target`, both or neither: the budget's savings target for the programme in a financial year
/// ("2025-26") in pounds; and `la` or `authority` (otherwise the reader's default authority). A programme
/// with targets for several years is given on one row per year, each with the same name and kind; it has
/// at most one target a year.
///
/// **plans.csv**: one row per plan, with the columns `plan` (the council's reference, unique within the
/// authority), `programme` (a programme of programmes.csv of the same authority), `child` (the SSDA903
/// CHILD ID, up to 10 characters), `identified` (the day the plan was made), `destination` (a kind of
/// home's code — fostering-in-house, fostering-ifa, supported, … — or leaves-care), `target_weekly` (£ a
/// week the new home is expected to cost) and `target_date`. Optional columns: `first_target_date` (the
/// target first agreed; otherwise `target_date`), `one_off_cost` (£, the move's one-off costs), `owner`
/// (the team or role leading the plan) and `la`/`authority`. Neither target date is before `identified`.
///
/// **plan-statuses.csv**: one row per change, with the columns `plan`, `from` (the day the status starts)
/// and `status` (identified, panel-agreed, searching, matched, moving, achieved, on-hold or out-of-scope);
/// optionally `reason` (free text of at most 200 characters; needed for on-hold and out-of-scope) and
/// `la`/`authority`. Each status must name a plan in plans.csv, start no earlier than the plan was
/// identified, and be the plan's only status that day.
///
/// Dates are `YYYY-MM-DD` or `DD/MM/YYYY`; amounts "1234.56" or "£1,234.56", not negative; codes in any
/// case. Row 1 holds the column names (in any case; other columns are ignored). Any problem in any file is
/// reported with its file, row and column, and then nothing is returned.
public struct ProgrammeRegisterReader: Sendable {
    /// The council the rows belong to when a file has no `la`/`authority` column.
    public var defaultAuthority: AuthorityCode

    public init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    /// Reads the files at the paths; without `statusesPath` every plan is identified throughout.
    public func read(
        programmesPath: String, plansPath: String, statusesPath: String? = nil
    ) throws(FileReadFailure) -> ProgrammeRegister {
        var problems: [FileProblem] = []
        func bytes(_ path: String) -> [UInt8] {
            do { return try SupplyTable.bytes(path: path) } catch {
                problems += error.problems
                return []
            }
        }
        let programmes = bytes(programmesPath), plans = bytes(plansPath)
        var statuses: (name: String, bytes: [UInt8])?
        if let statusesPath { statuses = (name: statusesPath, bytes: bytes(statusesPath)) }
        guard problems.isEmpty else { throw FileReadFailure(problems: problems) }
        return try read(
            programmes: (name: programmesPath, bytes: programmes), plans: (name: plansPath, bytes: plans),
            statuses: statuses)
    }

    /// Reads CSV bytes; each file's `name` names it in problems. Programmes and plans come sorted by
    /// authority then reference, each programme's targets in year order and each plan's statuses in day order.
    public func read(
        programmes: (name: String, bytes: [UInt8]), plans: (name: String, bytes: [UInt8]),
        statuses: (name: String, bytes: [UInt8])? = nil
    ) throws(FileReadFailure) -> ProgrammeRegister {
        var register = ProgrammeRegisterBuilder(
            programmesFile: programmes.name, plansFile: plans.name, defaultAuthority: defaultAuthority)
        readProgrammes(programmes.bytes, file: programmes.name, into: &register)
        readPlans(plans.bytes, file: plans.name, into: &register)
        if let statuses { readStatuses(statuses.bytes, file: statuses.name, into: &register) }
        guard register.problems.isEmpty else { throw FileReadFailure(problems: register.problems) }
        return register.register
    }

    /// programmes.csv's rows, each programme's later rows checked against its first.
    private func readProgrammes(_ bytes: [UInt8], file: String, into register: inout ProgrammeRegisterBuilder) {
        let table: SupplyTable
        do {
            table = try SupplyTable.open(
                bytes: bytes, file: file, register: "programmes", required: ProgrammeColumns.required)
        } catch {
            register.addProgrammes([], named: nil, problems: error.problems)
            return
        }
        var repeats = ProgrammeRepeats(defaultAuthority: defaultAuthority)
        let read = table.rows { (r: inout TableRowReader) -> ProgrammeRow? in
            repeats.note(&r)
            return ProgrammeRow.read(&r, defaultAuthority: defaultAuthority)
        }
        register.addProgrammes(read.rows, named: repeats.references, problems: read.problems)
    }

    /// plans.csv's rows, each plan's reference checked to be new to the file and its programme to be in
    /// programmes.csv.
    private func readPlans(_ bytes: [UInt8], file: String, into register: inout ProgrammeRegisterBuilder) {
        let table: SupplyTable
        do {
            table = try SupplyTable.open(bytes: bytes, file: file, register: "plans", required: PlanColumns.required)
        } catch {
            register.addPlans([], named: nil, problems: error.problems)
            return
        }
        var references = ReferenceRows(column: PlanColumns.plan, noun: "plan", defaultAuthority: defaultAuthority)
        let programmes = register.programmeReferences
        let read = table.rows { (r: inout TableRowReader) -> PlanRow? in
            references.note(&r, authorityColumns: PlanColumns.authority)
            programmes.check(&r)
            return PlanRow.read(&r, defaultAuthority: defaultAuthority)
        }
        register.addPlans(read.rows, named: references.references, problems: read.problems)
    }

    /// plan-statuses.csv's rows, each status's plan checked to be in plans.csv, then attached to it.
    private func readStatuses(_ bytes: [UInt8], file: String, into register: inout ProgrammeRegisterBuilder) {
        let table: SupplyTable
        do {
            table = try SupplyTable.open(
                bytes: bytes, file: file, register: "plan statuses", required: PlanStatusColumns.required)
        } catch {
            register.attach([], file: file, problems: error.problems)
            return
        }
        let plans = register.planReferences
        let read = table.rows { (r: inout TableRowReader) -> PlanStatusRow? in
            plans.check(&r)
            return PlanStatusRow.read(&r, defaultAuthority: defaultAuthority)
        }
        register.attach(read.rows, file: file, problems: read.problems)
    }
}
