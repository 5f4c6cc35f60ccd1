import CareModel

/// A budget as finance sets it: the lines in report order, with the rules that put placements on them,
/// and the budgeted numbers and money per line and year.
public struct BudgetPlan: Hashable, Sendable, Codable {
    public var lines: BudgetLineSet
    public var budgets: [LineBudget]

    public init(lines: BudgetLineSet, budgets: [LineBudget]) {
        self.lines = lines
        self.budgets = budgets
    }
}
