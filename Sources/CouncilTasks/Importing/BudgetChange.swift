import CareModel
import Interchange
import Storage

/// What saving a budget file would change for one authority and year, shown before anything is replaced:
/// each line's budget before and after, and the totals.
public struct BudgetChange: Sendable, Equatable {
    /// One line's budget before and after (`nil`: the line has none then).
    public struct Line: Sendable, Equatable {
        public var name: String
        public var before: Money?
        public var after: Money?
    }

    public var authority: AuthorityCode
    public var year: FinancialYear
    public var lines: [Line]

    public var totalBefore: Money { lines.compactMap(\.before).reduce(.zero, +) }
    public var totalAfter: Money { lines.compactMap(\.after).reduce(.zero, +) }
    /// Whether the year has a budget now, which the file would replace.
    public var replacesABudget: Bool { lines.contains { $0.before != nil } }

    init(authority: AuthorityCode, year: FinancialYear, existing: [LineBudget], proposed: [LineBudget]) {
        self.authority = authority
        self.year = year
        let old = Dictionary(existing.map { ($0.line, $0.budget) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(proposed.map { ($0.line, $0.budget) }, uniquingKeysWith: { first, _ in first })
        var names = proposed.map(\.line)
        names += existing.map(\.line).filter { new[$0] == nil }
        lines = names.map { Line(name: $0, before: old[$0], after: new[$0]) }
    }
}

extension BudgetImport {
    /// What saving `plan` would change, per authority and year.
    public func preview(_ plan: BudgetPlan, store: HearthStore) async throws -> [BudgetChange] {
        var changes: [BudgetChange] = []
        for (key, owned) in try await owned(plan, in: store) {
            let existing = try await store.budget.budgetPlan(authority: key.authority, year: key.year)?.budgets ?? []
            changes.append(BudgetChange(authority: key.authority, year: key.year, existing: existing, proposed: owned))
        }
        return changes
    }
}
