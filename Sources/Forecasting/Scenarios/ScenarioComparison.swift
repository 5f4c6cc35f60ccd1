import CareModel

/// Scenarios run side by side against one baseline: the projection from the data's last day, priced at
/// the costs register's weekly costs that day (unless the settings give costs), and each scenario priced
/// against it. What `hearth scenario run|compare`, the Scenarios page and the API show.
public struct ScenarioComparison: Sendable {
    public var baseline: ScenarioProjection
    public var results: [ScenarioResult]
    public var settings: DemandProjectionSettings

    /// The most scenarios compared at once.
    public static let maximumScenarios = 4

    /// Runs the baseline once and each scenario's own projection only when its levers change rates or
    /// entries (with the same seed, so Monte-Carlo differences come from the levers, not the dice).
    ///
    /// - Throws: `DemandProjectionError` for the projection, `ScenarioError` for a scenario.
    public static func run(
        _ scenarios: [Scenario], settings base: DemandProjectionSettings, histories: [ChildHistory],
        costs: [PlacementCost]
    ) async throws -> ScenarioComparison {
        var settings = base
        if settings.costs == nil {
            let day = settings.start ?? DemandHistory(histories: histories).dataEnd
            settings.costs = .init(
                weeklyCosts: RegisterSnapshot(register: costs, histories: histories, lines: .standard, on: day)
                    .weeklyCosts)
        }
        let baselineRun = try await DemandProjection.run(settings, histories: histories)
        let baseline = try ScenarioProjection(baselineRun)
        let births = Dictionary(histories.map { ($0.child.id, $0.child.dateOfBirth) }, uniquingKeysWith: { a, _ in a })
        let register = ScenarioRegister(costs: costs, datesOfBirth: births, start: baselineRun.start)
        var results: [ScenarioResult] = []
        for scenario in scenarios.prefix(maximumScenarios) {
            try scenario.validate()
            let own = scenario.projectionSettings(from: settings)
            let projection =
                own == settings
                ? baseline : try ScenarioProjection(try await DemandProjection.run(own, histories: histories))
            results.append(try scenario.evaluate(baseline: baseline, own: projection, register: register))
        }
        return ScenarioComparison(baseline: baseline, results: results, settings: settings)
    }
}
