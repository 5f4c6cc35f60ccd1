import CareModel

/// Reads a placement budget from CSV: one row per budget line and financial year, in report order.
///
/// Columns: `year` ("2024-25" or 2024, the year the financial year starts), `line` (its name),
/// `budgeted_children` (the estimated number of children the budget was built on) and `budget` (£, e.g.
/// 15248000 or £15,248,000.00); optionally `authority` or `la` (otherwise the default authority), and the
/// rule columns `categories` (placement categories separated by ";", e.g. `fostering-ifa;supported`, or
/// `any`) and `registrations` (`ofsted;cqc;unregistered`) that decide which placements go on the line. A
/// line without rules takes the rule of the standard line of that name (External Residential,
/// Unregistered, External Fostering (IFA), In-House Foster Care, In-House Connected Carers, External
/// Supported Living, Other Placement Settings); any other name needs rules. The lines keep the order
/// they first appear in, which matters: a placement goes on the first line that accepts it.
public struct BudgetReader: Sendable {
    public init() {}

    static let required = ["year", "line", "budgeted_children", "budget"]

    public func read(path: String, defaultAuthority: AuthorityCode) throws(BudgetReadFailure) -> BudgetPlan {
        switch FileBytes.read(path) {
        case .failure(let problem): throw BudgetReadFailure(problems: [problem])
        case .success(let bytes): return try read(bytes: bytes, file: path, defaultAuthority: defaultAuthority)
        }
    }

    /// Reads CSV bytes; `file` names the source in problems.
    public func read(bytes: [UInt8], file: String, defaultAuthority: AuthorityCode) throws(BudgetReadFailure)
        -> BudgetPlan
    {
        let table = CSVTable(bytes: bytes)
        guard !table.isEmpty else {
            throw BudgetReadFailure(problems: [FileProblem(file: file, message: "file is empty")])
        }
        let columns = ColumnIndex(table.columns)
        let missing = Self.required.filter { !columns.contains($0) }.map {
            FileProblem(
                file: file, row: 1, field: $0,
                message: "column is missing; a budget file needs "
                    + Self.required.joined(separator: ","))
        }
        guard missing.isEmpty else { throw BudgetReadFailure(problems: missing) }
        var plan = BudgetPlanBuilder(file: file)
        plan.problems = table.fileProblems(file: file)
        for index in 0..<table.count {
            var reader = TableRowReader(table: table, columns: columns, file: file, index: index)
            plan.add(&reader, defaultAuthority: defaultAuthority)
        }
        guard plan.problems.isEmpty else {
            throw BudgetReadFailure(problems: plan.problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) })
        }
        return BudgetPlan(lines: BudgetLineSet(lines: plan.lines.map(\.line)), budgets: plan.budgets)
    }
}
