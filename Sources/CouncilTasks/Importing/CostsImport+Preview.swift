import CareModel
import Forecasting
import Foundation
import Storage

extension CostsImport {
    /// How a costs file is taken in: as each authority's whole register, or merged into it (the file's
    /// placements, matched by child and start, are updated or added; the rest stay).
    public enum Mode: String, Sendable, CaseIterable, Codable {
        case replace, merge
    }

    /// What saving `costs` in `mode` would change, per authority, with the forecast outturn for the monitor's
    /// current month (`today` decides it when no month is closed).
    public func preview(_ costs: [PlacementCost], mode: Mode, store: HearthStore, today: Day) async throws
        -> [RegisterChange]
    {
        var changes: [RegisterChange] = []
        for (code, owned) in try await byAuthority(costs, in: store) {
            let existing = try await store.budget.costs(authority: code)
            let proposed = mode == .merge ? Self.merging(owned, into: existing) : owned
            var change = RegisterChange(authority: code, existing: existing, proposed: proposed)
            let period = try await MonitorPeriod.current(store: store, authority: code, today: today)
            if let plan = try await store.budget.budgetPlan(authority: code, year: period.year) {
                let histories = try await store.careRecords.histories(authorities: [code])
                func outturn(_ register: [PlacementCost]) -> Money {
                    MonitorReport.compute(
                        authority: code, costs: register, histories: histories, lines: plan.lines,
                        budgets: plan.budgets, previous: nil, period: period
                    ).forecast.total.forecast
                }
                (change.period, change.forecastBefore, change.forecastAfter) = (
                    period, outturn(existing), outturn(proposed)
                )
            }
            changes.append(change)
        }
        return changes
    }

    /// The register with the file's placements put in: those it names (by child and start) are replaced,
    /// new ones added, the rest kept; sorted as the store keeps them.
    public static func merging(_ file: [PlacementCost], into existing: [PlacementCost]) -> [PlacementCost] {
        let named = Set(file.map(RegisterChange.key))
        return (existing.filter { !named.contains(RegisterChange.key($0)) } + file)
            .sorted { ($0.child, $0.placementStart) < ($1.child, $1.placementStart) }
    }
}
