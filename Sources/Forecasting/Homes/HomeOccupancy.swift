import CareModel

/// A children's home's beds and the children in them on one day, and over a month its empty bed-days and,
/// for a block contract, what the council paid for beds nobody slept in.
///
/// Children come from the costs register entries naming the home as their `carer`, open on the day
/// (start ≤ day < end, DfE's convention: a child who moved or left that day is not counted). Beds are
/// `ChildrensHome.beds(on:allowingDelay:)` with no allowance for late registration: occupancy is about
/// what is, not what was planned.
public struct HomeOccupancy: Hashable, Sendable {
    /// One home's empty beds over a month (or any stretch of days).
    public struct Month: Hashable, Sendable {
        public var authority: AuthorityCode
        public var home: String
        public var kind: ChildrensHome.Kind
        /// The first and last days counted, both included.
        public var first: Day
        public var last: Day
        /// Σ over the days of the beds usable that day.
        public var bedDays: Int
        /// Σ over the days of max(0, beds − children).
        public var emptyBedDays: Int
        /// For a block contract with a price: Σ over the days of empty beds × weekly bed price ÷ 7, rounded
        /// once to the penny for the home's month (halves away from zero, as `Money.weekly`). `nil` for a
        /// council home, whose empty beds cost nothing extra, or a block without a price.
        public var emptyBedCost: Money?

        public init(
            authority: AuthorityCode, home: String, kind: ChildrensHome.Kind, first: Day, last: Day, bedDays: Int,
            emptyBedDays: Int, emptyBedCost: Money?
        ) {
            self.authority = authority
            self.home = home
            self.kind = kind
            self.first = first
            self.last = last
            self.bedDays = bedDays
            self.emptyBedDays = emptyBedDays
            self.emptyBedCost = emptyBedCost
        }
    }

    public var authority: AuthorityCode
    public var home: String
    public var kind: ChildrensHome.Kind
    public var day: Day
    /// Beds usable on the day (none before the home opens or after a block contract ends).
    public var beds: Int
    /// Children with the home on the day.
    public var placed: Int

    public init(authority: AuthorityCode, home: String, kind: ChildrensHome.Kind, day: Day, beds: Int, placed: Int) {
        self.authority = authority
        self.home = home
        self.kind = kind
        self.day = day
        self.beds = beds
        self.placed = placed
    }

    /// Beds with no child in them, never below nought.
    public var emptyBeds: Int { max(0, beds - placed) }

    /// More children than usable beds: a register entry naming the wrong home, or a home not yet open.
    public var overfilled: Bool { placed > beds }

    /// Each home's beds and children on `day`, by authority and reference.
    public static func onDay(homes: [ChildrensHome], register: [PlacementCost], on day: Day) -> [HomeOccupancy] {
        let placed = PlacedByDay(register: register, from: day, through: day)
        return homes.sorted { $0.carerKey < $1.carerKey }.map { home in
            HomeOccupancy(
                authority: home.authority, home: home.id, kind: home.kind, day: day, beds: home.beds(on: day),
                placed: placed.placed(with: home.carerKey, on: day))
        }
    }

    /// Each home's empty beds over the financial-year month `period`, by authority and reference.
    public static func month(homes: [ChildrensHome], register: [PlacementCost], period: Period) -> [Month] {
        month(homes: homes, register: register, from: period.first, through: period.last)
    }

    /// Each home's empty beds over the days `first` through `last` (both included), by authority and
    /// reference; the cost of a block's empty beds is rounded once over the whole stretch.
    public static func month(homes: [ChildrensHome], register: [PlacementCost], from first: Day, through last: Day)
        -> [Month]
    {
        let placed = PlacedByDay(register: register, from: first, through: last)
        return homes.sorted { $0.carerKey < $1.carerKey }.map { home in
            let children = placed.placed(with: home.carerKey)
            var bedDays = 0, emptyBedDays = 0
            for offset in 0..<max(0, first.days(to: last) + 1) {
                let beds = home.beds(on: first.adding(days: offset))
                bedDays += beds
                emptyBedDays += max(0, beds - (children?[offset] ?? 0))
            }
            let price = home.kind == .block ? home.weeklyBedPrice : nil
            return Month(
                authority: home.authority, home: home.id, kind: home.kind, first: first, last: last,
                bedDays: bedDays, emptyBedDays: emptyBedDays,
                emptyBedCost: price.map { Money.weekly($0, days: emptyBedDays) })
        }
    }
}
