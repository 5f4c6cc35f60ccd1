import CareModel
import Foundation

/// The budget records, with reads kept in memory while the data version stays the same (see `ReadCache`).
struct CachedBudgetRepository: BudgetRepository {
    let base: SQLBudgetRepository
    let cache: ReadCache

    var connection: Connection { base.connection }

    func replaceCosts(authority: AuthorityCode, with costs: [PlacementCost], importedAt: Date) async throws {
        try await base.replaceCosts(authority: authority, with: costs, importedAt: importedAt)
    }

    func costs(authority: AuthorityCode) async throws -> [PlacementCost] {
        try await connection.cached(cache, .costs(authority)) { try await base.costs(authority: authority) }
    }

    func saveBudgetPlan(
        authority: AuthorityCode, year: FinancialYear, lines: BudgetLineSet,
        budgets: [LineBudget]
    ) async throws {
        try await base.saveBudgetPlan(authority: authority, year: year, lines: lines, budgets: budgets)
    }

    func budgetPlan(authority: AuthorityCode, year: FinancialYear) async throws
        -> (lines: BudgetLineSet, budgets: [LineBudget])?
    {
        let plan = try await connection.cached(cache, .budgetPlan(authority, year)) {
            try await base.budgetPlan(authority: authority, year: year).map {
                StoredPlan(lines: $0.lines, budgets: $0.budgets)
            }
        }
        return plan.map { ($0.lines, $0.budgets) }
    }

    func closePeriod(authority: AuthorityCode, period: Period, forecastJSON: String, closedAt: Date) async throws {
        try await base.closePeriod(authority: authority, period: period, forecastJSON: forecastJSON, closedAt: closedAt)
    }

    func closedForecast(authority: AuthorityCode, period: Period) async throws -> String? {
        try await connection.cached(cache, .closedForecast(authority, period)) {
            try await base.closedForecast(authority: authority, period: period)
        }
    }

    func closedPeriods(authority: AuthorityCode) async throws -> [Period] {
        try await connection.cached(cache, .closedPeriods(authority)) {
            try await base.closedPeriods(authority: authority)
        }
    }

    /// A tuple is not `Sendable`; the plan is kept in this instead.
    struct StoredPlan: Sendable {
        var lines: BudgetLineSet
        var budgets: [LineBudget]
    }
}
