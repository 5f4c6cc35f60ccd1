import CareModel
import Forecasting
import Storage

/// Runs scenarios for one authority from its stored returns and costs register: the baseline projection
/// from the day the returns run to, 24 months, and each scenario against it.
public enum ScenarioRun {
    /// How the projection is run: `paths` Monte-Carlo paths for the likely ranges (0: the Markov
    /// projection only, deterministic).
    public static func compare(
        _ scenarios: [Scenario], authority: AuthorityCode, months: Int = 24, paths: Int = 0, seed: UInt64 = 7,
        store: HearthStore
    ) async throws -> ScenarioComparison {
        let histories = try await store.careRecords.histories(authorities: [authority])
        let costs = try await store.budget.costs(authority: authority)
        let settings = DemandProjectionSettings(
            months: months, method: paths > 0 ? .montecarlo : .markov, paths: max(1, paths), seed: seed)
        return try await ScenarioComparison.run(scenarios, settings: settings, histories: histories, costs: costs)
    }
}
