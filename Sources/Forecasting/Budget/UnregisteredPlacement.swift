import CareModel

/// A placement in an unregistered home open at period end, with how long the child has been there.
public struct UnregisteredPlacement: Hashable, Sendable, Codable {
    public var child: ChildKey
    public var placementStart: Day
    public var line: String
    public var providerName: String?
    /// Whole weeks from the placement's start to the period's last day, both included (86 days → 12).
    public var weeksUnregistered: Int
    public var grossWeekly: Money?
    public var netWeekly: Money

    public init(
        child: ChildKey, placementStart: Day, line: String, providerName: String?, weeksUnregistered: Int,
        grossWeekly: Money?, netWeekly: Money
    ) {
        self.child = child
        self.placementStart = placementStart
        self.line = line
        self.providerName = providerName
        self.weeksUnregistered = weeksUnregistered
        self.grossWeekly = grossWeekly
        self.netWeekly = netWeekly
    }
}
