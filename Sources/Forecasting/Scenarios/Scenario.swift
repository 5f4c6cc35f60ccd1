import CareModel

/// A named set of levers: what the council would do, in its own terms. Saved with its owner and date by
/// the council-tasks layer; run against the projection and the costs register here.
public struct Scenario: Sendable, Hashable, Codable {
    public var name: String
    public var levers: [Lever]

    public init(name: String, levers: [Lever]) {
        self.name = name
        self.levers = levers
    }

    /// The most levers one scenario holds.
    public static let maximumLevers = 20

    /// The projection settings the scenario runs on: the baseline's, with its rate adjustments and entry
    /// changes added. Equal to `base` when it has neither, so the baseline run is reused.
    public func projectionSettings(from base: DemandProjectionSettings) -> DemandProjectionSettings {
        var settings = base
        for lever in levers {
            switch lever {
            case .rates(let adjustments): settings.rateAdjustments += adjustments
            case .entries(let entries):
                settings.entryChanges.append(EntryChange(from: entries.from, factor: 1 + entries.percent / 100))
            default: break
            }
        }
        return settings
    }

    /// Prices the scenario: its own projection (the baseline's when no lever changes the projection), with
    /// every register lever applied in order, set against the baseline month by month.
    public func evaluate(
        baseline: ScenarioProjection, own: ScenarioProjection, register: ScenarioRegister
    ) throws(ScenarioError) -> ScenarioResult {
        try validate()
        var ledger = ScenarioLedger(projection: own, register: register)
        for lever in levers {
            switch lever {
            case .recruit(let lever): ledger.apply(lever)
            case .openHome(let lever): try ledger.apply(lever)
            case .block(let lever): ledger.apply(lever)
            case .stepDown(let lever): try ledger.apply(lever)
            case .priceUplift(let lever): ledger.apply(lever)
            case .entries, .rates: break
            }
        }
        return ScenarioResult(scenario: self, baseline: baseline, own: own, ledger: ledger)
    }
}
