import CareModel
import Forecasting
import Foundation
import Storage

extension MonitorReport {
    /// Loads the authority's register, budget and closed months and computes the month's monitor.
    /// `plannedMoves`: count on the moves of programme plans on track at the period's end.
    public static func load(
        store: HearthStore, la: AuthorityCode?, period: Period,
        allowance: DemandAllowance = .none, plannedMoves: Bool = false
    ) async throws -> MonitorReport {
        let authority = try await AuthorityChoice.resolve(la, in: store)
        guard let plan = try await store.budget.budgetPlan(authority: authority, year: period.year) else {
            throw MonitorReportError.noBudget(authority: authority, year: period.year)
        }
        let costs = try await store.budget.costs(authority: authority)
        guard !costs.isEmpty else { throw MonitorReportError.noCosts(authority: authority) }
        let histories = try await store.careRecords.histories(authorities: [authority])
        let previous = try await closedForecast(store: store, authority: authority, period: period.previous)
        let moves =
            plannedMoves
            ? PlannedMove.onTrack(
                try await ProgrammesReport.planFacts(authority: authority, store: store).map {
                    PlanSaving(facts: $0, asOf: period.last)
                }) : []
        return compute(
            authority: authority, costs: costs, histories: histories, lines: plan.lines,
            budgets: plan.budgets, previous: previous, period: period, allowance: allowance, plannedMoves: moves)
    }

    /// The forecast frozen when `period` was closed, if it was.
    public static func closedForecast(
        store: HearthStore, authority: AuthorityCode,
        period: Period
    ) async throws -> BudgetForecast? {
        guard let json = try await store.budget.closedForecast(authority: authority, period: period) else { return nil }
        return try JSONDecoder().decode(BudgetForecast.self, from: Data(json.utf8))
    }

    /// The forecast as the JSON text kept when a month is closed.
    public var frozenForecastJSON: String {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(forecast), as: UTF8.self)
        }
    }
}
