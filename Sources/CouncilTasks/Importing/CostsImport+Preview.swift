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

    /// What saving `costs` in each of `modes` would change, per authority, with the forecast outturn for the
    /// monitor's current month (`today` decides it when no month is closed). Each authority's register,
    /// budget and returns are read, and its outturn as it stands worked out, once for all the modes.
    public func preview(_ costs: [PlacementCost], modes: [Mode], store: HearthStore, today: Day) async throws
        -> [Mode: [RegisterChange]]
    {
        var changes: [Mode: [RegisterChange]] = [:]
        for (code, owned) in try await byAuthority(costs, in: store) {
            let existing = try await store.budget.costs(authority: code)
            let period = try await MonitorPeriod.current(store: store, authority: code, today: today)
            let outturn = try await outturnOf(code, period, store)
            let before = outturn?(existing)
            for mode in modes {
                let proposed = mode == .merge ? Self.merging(owned, into: existing) : owned
                var change = RegisterChange(authority: code, existing: existing, proposed: proposed)
                if let outturn {
                    (change.period, change.forecastBefore, change.forecastAfter) = (period, before, outturn(proposed))
                }
                changes[mode, default: []].append(change)
            }
        }
        return changes
    }

    /// The month's forecast outturn of a register for the authority, or `nil` when it has no budget that year.
    func outturnOf(_ code: AuthorityCode, _ period: Period, _ store: HearthStore) async throws
        -> (@Sendable ([PlacementCost]) -> Money)?
    {
        guard let plan = try await store.budget.budgetPlan(authority: code, year: period.year) else { return nil }
        let histories = try await store.careRecords.histories(authorities: [code])
        return { register in
            MonitorReport.compute(
                authority: code, costs: register, histories: histories, lines: plan.lines, budgets: plan.budgets,
                previous: nil, period: period
            ).forecast.total.forecast
        }
    }

    /// The register with the file's placements put in: those it names (by child and start) are replaced,
    /// new ones added, the rest kept; sorted as the store keeps them.
    public static func merging(_ file: [PlacementCost], into existing: [PlacementCost]) -> [PlacementCost] {
        let named = Set(file.map(RegisterChange.key))
        return (existing.filter { !named.contains(RegisterChange.key($0)) } + file)
            .sorted { ($0.child, $0.placementStart) < ($1.child, $1.placementStart) }
    }
}
