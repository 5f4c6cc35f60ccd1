import CareModel

/// Gathers programmes.csv's programmes and plans.csv's plans and attaches plan-statuses.csv's changes to
/// the plans, checking what only shows across the files' parsed values: a status from before its plan was
/// identified, and two statuses for one plan on one day. (A plan naming a programme the register lacks,
/// and a status naming a plan it lacks, are found as their rows are read, through `programmeReferences`
/// and `planReferences`.)
struct ProgrammeRegisterBuilder {
    typealias S = PlanStatusColumns

    /// The files' names as problems show them ("programmes.csv"), without their folders.
    let programmesFile: String
    let plansFile: String
    let defaultAuthority: AuthorityCode
    private(set) var problems: [FileProblem] = []
    private var programmes: [RegisterKey: Programme] = [:]
    private var plans: [RegisterKey: PlanRow] = [:]
    /// Every programme (plan) a row of programmes.csv (plans.csv) names, read or not; `nil` when the file
    /// could not be read at all, and rows naming them are then checked only on their own.
    private var programmesNamed: Set<RegisterKey>?
    private var plansNamed: Set<RegisterKey>?

    init(programmesFile: String, plansFile: String, defaultAuthority: AuthorityCode) {
        self.programmesFile = Self.shortName(programmesFile)
        self.plansFile = Self.shortName(plansFile)
        self.defaultAuthority = defaultAuthority
    }

    /// The programmes and plans read, each sorted by authority then reference, plans' statuses in day order.
    var register: ProgrammeRegister {
        ProgrammeRegister(
            programmes: programmes.values.sorted { ($0.authority, $0.id) < ($1.authority, $1.id) },
            plans: plans.values.map(\.plan).sorted { ($0.authority, $0.id) < ($1.authority, $1.id) })
    }

    /// What plans.csv's `programme` column is checked against.
    var programmeReferences: KnownReferences {
        KnownReferences(
            column: PlanColumns.programme, file: programmesFile, authorityColumns: PlanColumns.authority,
            defaultAuthority: defaultAuthority, references: programmesNamed)
    }

    /// What plan-statuses.csv's `plan` column is checked against.
    var planReferences: KnownReferences {
        KnownReferences(
            column: S.plan, file: plansFile, authorityColumns: S.authority, defaultAuthority: defaultAuthority,
            references: plansNamed)
    }

    /// Takes programmes.csv's rows, the programmes it names (read or not; `nil` when the file could not be
    /// read) and its problems. A programme's first row gives its name and kind; each row adds its target.
    mutating func addProgrammes(_ rows: [ProgrammeRow], named: Set<RegisterKey>?, problems: [FileProblem]) {
        for row in rows {
            var programme =
                programmes[row.key]
                ?? Programme(authority: row.key.authority, id: row.key.id, name: row.name, kind: row.kind)
            if let target = row.target { programme.savingsTargets.append(target) }
            programmes[row.key] = programme
        }
        for key in programmes.keys { programmes[key]?.savingsTargets.sort { $0.year < $1.year } }
        programmesNamed = named
        self.problems += problems
    }

    /// Takes plans.csv's rows, the plans it names (read or not; `nil` when the file could not be read) and
    /// its problems.
    mutating func addPlans(_ rows: [PlanRow], named: Set<RegisterKey>?, problems: [FileProblem]) {
        for row in rows { plans[row.key] = row }
        plansNamed = named
        self.problems += problems
    }

    /// Attaches plan-statuses.csv's rows to their plans, adding the statuses file's own `problems` and those
    /// found against plans.csv.
    mutating func attach(_ rows: [PlanStatusRow], file: String, problems: [FileProblem]) {
        var found = problems
        var days: [RegisterKey: [Day: Int]] = [:]
        for status in rows {
            if let problem = problem(with: status, file: file, days: &days) {
                found.append(problem)
            } else {
                plans[status.plan]?.plan.statuses.append(status.change)
            }
        }
        for key in plans.keys { plans[key]?.plan.statuses.sort { $0.day < $1.day } }
        self.problems += found.sortedByRow()
    }

    /// What is wrong with `status` given the plans and the statuses before it (`days`: the row of each
    /// plan's status on each day so far); `nil` when nothing is.
    private func problem(
        with status: PlanStatusRow, file: String, days: inout [RegisterKey: [Day: Int]]
    ) -> FileProblem? {
        let key = status.plan, day = status.change.day
        // A plan not in plans.csv was reported as the row was read; one whose row is wrong has its own problems.
        guard let entry = plans[key] else { return nil }
        if let earlier = days[key]?[day] {
            return FileProblem(
                file: file, row: status.row, field: S.from,
                message: "plan \(key.id) already has a status from \(day.iso) (row \(earlier))")
        }
        days[key, default: [:]][day] = status.row
        let identified = entry.plan.identified
        guard day >= identified else {
            return FileProblem(
                file: file, row: status.row, field: S.from,
                message: "\(day.iso) is before plan \(key.id) was identified on \(identified.iso) "
                    + "(\(plansFile) row \(entry.row))")
        }
        return nil
    }

    /// A file's name without its folders.
    private static func shortName(_ file: String) -> String {
        String(file.split(separator: "/").last ?? Substring(file))
    }
}
