import CareModel

/// One register entry's part of a period's forecast: what has been spent on it this financial year and
/// what is committed to 31 March. Kept with the forecast so a finance officer can trace every pound,
/// and so a frozen forecast can later be compared placement by placement.
public struct PlacementForecast: Hashable, Sendable, Codable {
    public var child: ChildKey
    public var placementStart: Day
    /// The budget line that pays for the placement.
    public var line: String
    /// Spend from 1 April (or the placement's start) to the end of the period, or to its last paid day.
    public var actualToDate: Money
    /// Spend from the day after the period to `committedThrough`.
    public var committed: Money
    /// The net weekly cost in force on the period's last day; `nil` when not open then.
    public var netWeeklyAtPeriodEnd: Money?
    /// The gross weekly price in force on the period's last day; `nil` when not open then or unpriced.
    public var grossWeeklyAtPeriodEnd: Money?
    public var openAtPeriodEnd: Bool
    /// The last day committed spend runs to: the planned end, the day before the 18th birthday, or 31 March;
    /// `nil` when nothing is committed.
    public var committedThrough: Day?

    public init(
        child: ChildKey, placementStart: Day, line: String, actualToDate: Money, committed: Money,
        netWeeklyAtPeriodEnd: Money?, grossWeeklyAtPeriodEnd: Money?, openAtPeriodEnd: Bool,
        committedThrough: Day?
    ) {
        self.child = child
        self.placementStart = placementStart
        self.line = line
        self.actualToDate = actualToDate
        self.committed = committed
        self.netWeeklyAtPeriodEnd = netWeeklyAtPeriodEnd
        self.grossWeeklyAtPeriodEnd = grossWeeklyAtPeriodEnd
        self.openAtPeriodEnd = openAtPeriodEnd
        self.committedThrough = committedThrough
    }

    /// What the placement adds to its line's forecast: actual plus committed.
    public var forecast: Money { actualToDate + committed }

    /// Identifies the placement across periods: a child and the day the placement started.
    public var key: PlacementKey { PlacementKey(child: child, placementStart: placementStart) }
}

/// A child and the day one of their placements started: how the register names a placement.
public struct PlacementKey: Hashable, Comparable, Sendable, Codable {
    public var child: ChildKey
    public var placementStart: Day

    public init(child: ChildKey, placementStart: Day) {
        self.child = child
        self.placementStart = placementStart
    }

    public static func < (a: PlacementKey, b: PlacementKey) -> Bool {
        (a.child, a.placementStart) < (b.child, b.placementStart)
    }
}
