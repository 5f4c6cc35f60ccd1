import ArgumentParser
import CareModel
import Forecasting
import Foundation
import Storage

/// Everything the monitor shows for one authority and period, computed from the store.
struct BudgetMonitorRun {
    var authority: AuthorityCode
    var forecast: BudgetForecast
    var previous: BudgetForecast?
    var table: MonitorTable
    var movements: [ForecastMovement]
    var highCost: [HighCostPlacement]
    var unregistered: [UnregisteredPlacement]
    var exceptions: [RegisterException]

    static func load(store: HearthStore, la: String?, period: Period,
                     allowance: DemandAllowance) async throws -> BudgetMonitorRun {
        let authority = try await AuthorityChoice.resolve(la, in: store)
        guard let plan = try await store.budget.budgetPlan(authority: authority, year: period.year) else {
            throw ValidationError("Authority \(authority) has no budget for \(period.year.label): import one with `hearth import budget FILE`.")
        }
        let costs = try await store.budget.costs(authority: authority)
        guard !costs.isEmpty else {
            throw ValidationError("Authority \(authority) has no placement costs: import them with `hearth import costs FILE`.")
        }
        let histories = try await store.careRecords.histories(authorities: [authority])
        let monitor = BudgetMonitor(
            costs: costs, datesOfBirth: Dictionary(histories.map { ($0.key, $0.child.dateOfBirth) }, uniquingKeysWith: { a, _ in a }),
            lines: plan.lines, budgets: plan.budgets,
            allowances: Dictionary(plan.lines.lines.map { ($0.name, allowance) }, uniquingKeysWith: { a, _ in a }))
        let forecast = monitor.forecast(for: period)
        let previous = try await closedForecast(store: store, authority: authority, period: period.previous)
        return BudgetMonitorRun(
            authority: authority, forecast: forecast, previous: previous,
            table: MonitorTable(current: forecast, previous: previous),
            movements: previous.map { BudgetMonitor.movements(from: $0, to: forecast) } ?? [],
            highCost: monitor.highCostPlacements(for: period), unregistered: monitor.unregisteredPlacements(for: period),
            exceptions: RegisterCheck.exceptions(costs: costs, histories: histories, year: period.year))
    }

    /// The forecast frozen when `period` was closed, if it was.
    static func closedForecast(store: HearthStore, authority: AuthorityCode, period: Period) async throws -> BudgetForecast? {
        guard let json = try await store.budget.closedForecast(authority: authority, period: period) else { return nil }
        return try JSONDecoder().decode(BudgetForecast.self, from: Data(json.utf8))
    }
}

extension DemandAllowance {
    /// Reads `none` or `recent-N` (the average net new placements of the last N months).
    init?(argument: String) {
        if argument == "none" { self = .none; return }
        guard argument.hasPrefix("recent-"), let n = Int(argument.dropFirst(7)), (1...24).contains(n) else { return nil }
        self = .recentNetNew(months: n)
    }
}
