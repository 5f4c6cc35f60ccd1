import CareModel

/// A placement open at period end whose gross weekly price is at or above the high-cost threshold.
public struct HighCostPlacement: Hashable, Sendable, Codable {
    public var child: ChildKey
    public var placementStart: Day
    public var line: String
    public var providerName: String?
    public var providerURN: String?
    public var grossWeekly: Money
    /// After health and education contributions.
    public var netWeekly: Money

    public init(
        child: ChildKey, placementStart: Day, line: String, providerName: String?, providerURN: String?,
        grossWeekly: Money, netWeekly: Money
    ) {
        self.child = child
        self.placementStart = placementStart
        self.line = line
        self.providerName = providerName
        self.providerURN = providerURN
        self.grossWeekly = grossWeekly
        self.netWeekly = netWeekly
    }
}
