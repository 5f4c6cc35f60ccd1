import CareModel

/// Why a projection cannot run. Each case names the setting at fault (`field`) and says the rule; the
/// command line and the web page name the setting their own way (`--months`, "Months to project").
public enum DemandProjectionError: Error, Hashable, Sendable {
    case monthsOutOfRange(Int)
    case pathsOutOfRange(Int)
    case windowBackwards(start: Day, end: Day)
    case inflationOutOfRange(Double)
    case negativeWeeklyCost(DemandCostItem, Money)
    case noChildren
    /// An age band was asked of the Monte-Carlo method, whose paths are counted by kind of home only.
    case ageBandNeedsMarkov

    /// The settings a message may name.
    public enum Field: Hashable, Sendable {
        case months, paths, referenceStart, referenceEnd, inflation, ageBand
        case weeklyCost(DemandCostItem)
    }

    /// The setting at fault, `nil` when it is the data.
    public var field: Field? {
        switch self {
        case .monthsOutOfRange: .months
        case .pathsOutOfRange: .paths
        case .windowBackwards: .referenceStart
        case .inflationOutOfRange: .inflation
        case .negativeWeeklyCost(let item, _): .weeklyCost(item)
        case .noChildren: nil
        case .ageBandNeedsMarkov: .ageBand
        }
    }

    /// The whole sentence, with each setting called what `name` calls it.
    public func message(naming name: (Field) -> String) -> String {
        switch self {
        case .monthsOutOfRange:
            "\(name(.months)) must be between 1 and 48 (the regional model allows 4 years)."
        case .pathsOutOfRange:
            "\(name(.paths)) must be between 1 and 100,000."
        case .windowBackwards(let start, let end):
            "\(name(.referenceStart)) must be before \(name(.referenceEnd)) (the window runs from \(start.long) to \(end.long))."
        case .inflationOutOfRange(let inflation):
            "\(name(.inflation)) must be a yearly rise between 0% and 100% (got \(Self.percent(inflation)))."
        case .negativeWeeklyCost(let item, let weekly):
            "\(name(.weeklyCost(item))) must not be negative (got \(weekly.formatted))."
        case .noChildren:
            "There are no children to project from."
        case .ageBandNeedsMarkov:
            "\(name(.ageBand)) works with the stock-and-flow (Markov) method only: Monte-Carlo paths are counted by kind of home."
        }
    }

    /// A fraction as a percentage without needless decimals: 0.035 → "3.5%" (also for pages that show a rate).
    public static func percent(_ fraction: Double) -> String {
        let value = (fraction * 100 * 1_000).rounded() / 1_000
        return value == value.rounded() && abs(value) < 1e12 ? "\(Int(value))%" : "\(value)%"
    }
}
