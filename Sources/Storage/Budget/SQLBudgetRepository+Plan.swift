import CareModel
import Foundation
import SQLKit

/// Budget lines and line budgets per authority and financial year.
extension SQLBudgetRepository {
    func saveBudgetPlan(
        authority: AuthorityCode, year: FinancialYear, lines: BudgetLineSet,
        budgets: [LineBudget]
    ) async throws {
        let names = Set(lines.lines.map(\.name))
        if let stray = budgets.first(where: { $0.authority != authority || $0.year != year || !names.contains($0.line) }
        ) {
            throw StorageError.saveFailed(
                reason: "the budget for '\(stray.line)' (\(stray.authority), "
                    + "\(stray.year.label)) is not for a line of \(authority)'s \(year.label) budget")
        }
        try await writing { db in
            let before = try await Self.budgetPlan(authority: authority, year: year, db)
            try await SQLImportVersions.record(
                .budget, authorities: [authority], at: Date(),
                summary: "\(year.label) budget of \(authority): \(before?.budgets.count ?? 0) line budgets before, "
                    + "\(budgets.count) after",
                before: [
                    (authority, String(year.startYear), try before.map { try SQLImportVersions.json(StoredPlan($0)) })
                ],
                db)
            try await Self.writePlan(authority: authority, year: year, lines: lines, budgets: budgets, db)
        }
    }

    /// Replaces the year's lines and budgets (none: the year has no budget).
    static func writePlan(
        authority: AuthorityCode, year: FinancialYear, lines: BudgetLineSet, budgets: [LineBudget],
        _ db: any SQLDatabase
    ) async throws {
        var lineRows: [StoredValue] = [], budgetRows: [StoredValue] = []
        for (position, line) in lines.lines.enumerated() {
            lineRows += [
                .text(authority), .integer(year.startYear), .integer(position), .text(line.name),
                .text(line.categories.map(\.rawValue).sorted().joined(separator: ";")),
                .text(line.registrations.map(\.rawValue).sorted().joined(separator: ";")),
            ]
        }
        for budget in budgets {
            budgetRows += [
                .text(authority), .integer(year.startYear), .text(budget.line),
                .integer(budget.budgetedChildren), .integer(Int(budget.budget.pence)),
            ]
        }
        for table in ["budget_lines", "line_budgets"] {
            try await db.delete(from: table).where("authority", .equal, authority)
                .where("year", .equal, year.startYear).run()
        }
        try await SQLCareRecordRepository.insert(into: "budget_lines", Self.lineColumns, values: lineRows, db)
        try await SQLCareRecordRepository.insert(into: "line_budgets", Self.budgetColumns, values: budgetRows, db)
    }

    static let lineColumns = ["authority", "year", "position", "name", "categories", "registrations"]
    static let budgetColumns = ["authority", "year", "line", "budgeted_children", "budget_pence"]

    func budgetPlan(authority: AuthorityCode, year: FinancialYear) async throws
        -> (lines: BudgetLineSet, budgets: [LineBudget])?
    {
        try await reading("read the budget") { db in try await Self.budgetPlan(authority: authority, year: year, db) }
    }

    /// The year's plan, read with `db` (inside a caller's transaction, or a read).
    static func budgetPlan(authority: AuthorityCode, year: FinancialYear, _ db: any SQLDatabase) async throws
        -> (lines: BudgetLineSet, budgets: [LineBudget])?
    {
        let lineRows = try await db.select().columns(Self.lineColumns).from("budget_lines")
            .where("authority", .equal, authority).where("year", .equal, year.startYear).orderBy("position").all()
        let budgetRows = try await db.select().columns(Self.budgetColumns).from("line_budgets")
            .where("authority", .equal, authority).where("year", .equal, year.startYear).all()
        guard !lineRows.isEmpty else { return nil }
        let lines = try lineRows.map(BudgetLine.init(row:))
        let order = Dictionary(lines.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let budgets = try budgetRows.map { row in
            LineBudget(
                authority: authority, year: year, line: try row.text("line"),
                budgetedChildren: try row.decode(column: "budgeted_children", as: Int.self),
                budget: Money(pence: try row.pence("budget_pence")))
        }.sorted { (order[$0.line] ?? .max) < (order[$1.line] ?? .max) }
        return (BudgetLineSet(lines: lines), budgets)
    }
}

/// A year's budget plan as an import version keeps it, to put back on undo.
struct StoredPlan: Codable {
    var lines: BudgetLineSet
    var budgets: [LineBudget]

    init(_ plan: (lines: BudgetLineSet, budgets: [LineBudget])) {
        self.lines = plan.lines
        self.budgets = plan.budgets
    }
}

extension BudgetLine {
    /// Reads a line from a `budget_lines` row; an empty rule list means any category or registration.
    init(row: any SQLRow) throws {
        func list<C: RawRepresentable>(_ column: String, as: C.Type) throws -> Set<C> where C.RawValue == String {
            let text = try row.text(column)
            return Set(
                try text.split(separator: ";").map { code in
                    guard let value = C(rawValue: String(code)) else {
                        throw StorageError.queryFailed(
                            action: "read the budget lines",
                            reason: "column \(column) holds '\(text)', not a list of known codes")
                    }
                    return value
                })
        }
        self.init(
            name: try row.text("name"), categories: try list("categories", as: PlacementCategory.self),
            registrations: try list("registrations", as: RegistrationStatus.self))
    }
}
