import CareModel

/// Open an in-house children's home of `beds` beds on `opens`, registered `registrationDelayDays` later
/// (Ofsted registration delays are the named risk) give or take `registrationSpreadDays` (each day of that
/// spread equally likely, so the home counts as open in proportion), costing `weeklyRunningCost` a week to
/// run from registration and `capitalCost` once on `opens`. Beds fill over `rampMonths` (0: full at once): first with the selected
/// children, moving from their own homes at their own prices, then with children the projection has in
/// external residential homes, at their average price.
public struct HomeLever: Sendable, Hashable, Codable {
    public var beds: Int
    public var opens: Day
    public var weeklyRunningCost: Money
    public var capitalCost: Money
    public var rampMonths: Int
    public var registrationDelayDays: Int
    public var registrationSpreadDays: Int
    public var children: ChildSelection?

    public init(
        beds: Int, opens: Day, weeklyRunningCost: Money, capitalCost: Money = .zero, rampMonths: Int = 0,
        registrationDelayDays: Int = 0, registrationSpreadDays: Int = 0, children: ChildSelection? = nil
    ) {
        self.beds = beds
        self.opens = opens
        self.weeklyRunningCost = weeklyRunningCost
        self.capitalCost = capitalCost
        self.rampMonths = rampMonths
        self.registrationDelayDays = registrationDelayDays
        self.registrationSpreadDays = registrationSpreadDays
        self.children = children
    }

    /// The day children can move in, as expected.
    public var registered: Day { opens.adding(days: registrationDelayDays) }

    /// The earliest day the home may be registered.
    var earliestRegistration: Day { registered.adding(days: -min(registrationSpreadDays, registrationDelayDays)) }

    /// The chance the home is registered by `day`: 0 before the spread, 1 after it, rising evenly across it.
    func registeredShare(on day: Day) -> Double {
        let spread = registered.adding(days: registrationSpreadDays)
        let days = Double(earliestRegistration.days(to: spread) + 1)
        return min(1, max(0, Double(earliestRegistration.days(to: day) + 1) / days))
    }

    public var summary: String {
        "Open a \(beds)-bed home on \(opens.long) at \(weeklyRunningCost.formatted) a week"
            + (registrationDelayDays > 0 ? ", registered \(registrationDelayDays) days later" : "")
            + (children.map { ", for \($0.summary)" } ?? "")
    }
}

/// A block contract: `beds` beds at `weeklyPrice` each from `from` to `until` (the scenario's end when
/// `nil`), paid whether filled or not, filled with children the projection has in external residential
/// homes.
public struct BlockLever: Sendable, Hashable, Codable {
    public var beds: Int
    public var from: Day
    public var until: Day?
    public var weeklyPrice: Money

    public init(beds: Int, from: Day, until: Day? = nil, weeklyPrice: Money) {
        self.beds = beds
        self.from = from
        self.until = until
        self.weeklyPrice = weeklyPrice
    }

    public var summary: String {
        "A block contract of \(beds) beds at \(weeklyPrice.formatted) a week each from \(from.long)"
    }
}
