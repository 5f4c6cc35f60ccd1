import CareModel

/// Collects a budget file's rows into lines and budgets, checking each row and the rows against each
/// other (a line given two different rules, the same line twice in a year).
struct BudgetPlanBuilder {
    let file: String
    var problems: [FileProblem] = []
    private(set) var lines: [(line: BudgetLine, row: Int)] = []
    private(set) var budgets: [LineBudget] = []
    private var budgetRows: [String: Int] = [:]

    init(file: String) { self.file = file }

    mutating func add(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) {
        let authority = r.firstText(["authority", "la"]) ?? defaultAuthority
        let year =
            r.required("year") == nil
            ? nil
            : r.value("year", expected: "a financial year (2024-25 or 2024)", Self.year)
        let name = r.required("line")
        let children =
            r.required("budgeted_children") == nil
            ? nil
            : r.value("budgeted_children", expected: "a number of children") {
                // No budget is built on a million children; the cap keeps totals from overflowing.
                Int($0).flatMap { (0..<1_000_000).contains($0) ? $0 : nil }
            }
        let budget = r.money("budget", required: true)
        let line = name.flatMap { rule(for: $0, &r) }
        problems += r.problems
        guard r.problems.isEmpty, let year, let name, let children, let budget, let line else { return }
        addLine(line, row: r.row)
        let key = "\(authority)|\(year.startYear)|\(name)"
        if let earlier = budgetRows[key] {
            problems.append(
                FileProblem(
                    file: file, row: r.row, field: r.columns.written("line"),
                    message:
                        "'\(name)' already has a \(year.label) budget for \(authority) (row \(earlier))"))
            return
        }
        budgetRows[key] = r.row
        budgets.append(
            LineBudget(authority: authority, year: year, line: name, budgetedChildren: children, budget: budget))
    }

    /// The line's rule from its rule columns, or the standard line's when they are blank.
    private func rule(for name: String, _ r: inout TableRowReader) -> BudgetLine? {
        let categories = r.text("categories"), registrations = r.text("registrations")
        guard categories != nil || registrations != nil else {
            if let standard = BudgetLineSet.standard.lines.first(where: { $0.name.lowercased() == name.lowercased() }) {
                return BudgetLine(name: name, categories: standard.categories, registrations: standard.registrations)
            }
            r.problem(
                "line",
                "'\(name)' is not a standard budget line, so it needs its categories or registrations "
                    + "(write 'any' in categories for a line that takes every other placement)")
            return nil
        }
        let cats: Set<PlacementCategory>? = list(categories, "categories", &r) {
            PlacementCategory(rawValue: $0.lowercased())
        }
        let regs: Set<RegistrationStatus>? = list(registrations, "registrations", &r) { RegistrationStatus(text: $0) }
        guard let cats, let regs else { return nil }
        return BudgetLine(name: name, categories: cats, registrations: regs)
    }

    /// A ";"-separated list; blank or `any` is the empty set (any value).
    private func list<T: Hashable>(
        _ text: String?, _ column: String, _ r: inout TableRowReader,
        _ parse: (String) -> T?
    ) -> Set<T>? {
        guard let text, text.lowercased() != "any" else { return [] }
        var values: Set<T> = []
        for item in text.split(separator: ";").map({ String($0.filter { $0 != " " }) }) where !item.isEmpty {
            guard let value = parse(item) else {
                let known =
                    column == "categories"
                    ? PlacementCategory.allCases.map(\.rawValue)
                    : RegistrationStatus.allCases.map(\.rawValue)
                r.problem(column, "'\(item)' is not one of \(known.joined(separator: ", "))")
                return nil
            }
            values.insert(value)
        }
        return values
    }

    /// Adds a line the first time it is named; a later row must give it the same rule.
    private mutating func addLine(_ line: BudgetLine, row: Int) {
        guard let earlier = lines.first(where: { $0.line.name == line.name }) else {
            lines.append((line, row))
            return
        }
        if earlier.line != line {
            problems.append(
                FileProblem(
                    file: file, row: row, field: "line",
                    message:
                        "'\(line.name)' is given different categories or registrations from row \(earlier.row)"))
        }
    }

    /// "2024-25" or "2024".
    static func year(_ text: String) -> FinancialYear? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, let start = Int(parts[0]) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 2, Int(parts[1]) == (start + 1) % 100 else { return nil }
        }
        return FinancialYear(start)
    }
}
