import CareModel
import Foundation

/// The budget monitor's records: each authority's placement costs register, its budget lines and
/// budgets per financial year, and the months it has closed with the forecast reported for them.
public protocol BudgetRepository: Sendable {
    /// In ONE transaction: replace the authority's whole costs register with `costs` and record the import,
    /// so importing the same file again leaves the same register. Every cost must belong to `authority`;
    /// otherwise nothing is written and `StorageError.saveFailed` is thrown.
    func replaceCosts(authority: AuthorityCode, with costs: [PlacementCost], importedAt: Date) async throws

    /// The authority's register, sorted by child, then placement start; rates by effective date and
    /// contributions in the order saved.
    func costs(authority: AuthorityCode) async throws -> [PlacementCost]

    /// In ONE transaction: replace the authority's budget lines (in order) and line budgets for `year`.
    /// Every budget must be for `authority` and `year` and name one of `lines`.
    func saveBudgetPlan(
        authority: AuthorityCode, year: FinancialYear, lines: BudgetLineSet,
        budgets: [LineBudget]) async throws

    /// The lines (in order) and budgets saved for the year; `nil` when no lines were saved for it.
    func budgetPlan(authority: AuthorityCode, year: FinancialYear) async throws
        -> (lines: BudgetLineSet, budgets: [LineBudget])?

    /// Closes a month, keeping the forecast reported for it (JSON text, stored as given). A closed month is
    /// frozen: closing it again throws `StorageError.periodClosed` and changes nothing.
    func closePeriod(authority: AuthorityCode, period: Period, forecastJSON: String, closedAt: Date) async throws

    /// The forecast kept when the month was closed; `nil` when it is not closed.
    func closedForecast(authority: AuthorityCode, period: Period) async throws -> String?

    /// The months the authority has closed, oldest first.
    func closedPeriods(authority: AuthorityCode) async throws -> [Period]
}
