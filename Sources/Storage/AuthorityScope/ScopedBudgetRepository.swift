import CareModel
import Foundation

/// The budget records an account may see: another authority's register, budgets and closed months read
/// as empty, and writing them is refused.
struct ScopedBudgetRepository: BudgetRepository {
    let base: any BudgetRepository
    let scope: AuthorityScope

    func replaceCosts(authority: AuthorityCode, with costs: [PlacementCost], importedAt: Date) async throws {
        try check(authority)
        try await base.replaceCosts(authority: authority, with: costs, importedAt: importedAt)
    }

    func costs(authority: AuthorityCode) async throws -> [PlacementCost] {
        scope.allows(authority) ? try await base.costs(authority: authority) : []
    }

    func saveBudgetPlan(
        authority: AuthorityCode, year: FinancialYear, lines: BudgetLineSet, budgets: [LineBudget]
    ) async throws {
        try check(authority)
        try await base.saveBudgetPlan(authority: authority, year: year, lines: lines, budgets: budgets)
    }

    func budgetPlan(authority: AuthorityCode, year: FinancialYear) async throws
        -> (lines: BudgetLineSet, budgets: [LineBudget])?
    {
        scope.allows(authority) ? try await base.budgetPlan(authority: authority, year: year) : nil
    }

    func closePeriod(authority: AuthorityCode, period: Period, forecastJSON: String, closedAt: Date) async throws {
        try check(authority)
        try await base.closePeriod(authority: authority, period: period, forecastJSON: forecastJSON, closedAt: closedAt)
    }

    func closedForecast(authority: AuthorityCode, period: Period) async throws -> String? {
        scope.allows(authority) ? try await base.closedForecast(authority: authority, period: period) : nil
    }

    func closedPeriods(authority: AuthorityCode) async throws -> [Period] {
        scope.allows(authority) ? try await base.closedPeriods(authority: authority) : []
    }

    func check(_ authority: AuthorityCode) throws {
        guard scope.allows(authority) else { throw StorageError.outsideScope(authority: authority) }
    }
}
