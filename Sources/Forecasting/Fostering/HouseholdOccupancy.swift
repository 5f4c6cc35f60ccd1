import CareModel

/// The council's foster households on one day: each household's approved places, the children placed
/// with it, the places on hold and the vacancies left, with totals by kind of household.
///
/// Occupancy comes from the costs register, not from the households: a child is with a household on a
/// day when a register entry names the household as its `carer` and is open that day (start ≤ day < end,
/// DfE's convention, as `CareSummary` counts: a child who left or moved on a day is not there that day).
/// Entries naming a carer that is neither a household nor one of the `homes` are listed, so a page can
/// flag them rather than lose those children from the counts without a word.
public struct HouseholdOccupancy: Hashable, Sendable {
    /// One household's places and children on the day.
    public struct Row: Hashable, Sendable {
        public var authority: AuthorityCode
        public var household: String
        public var kind: HouseholdKind
        /// Places approved on the day (none before approval or after resigning).
        public var places: Int
        /// Children with the household on the day.
        public var placed: Int
        /// Places that cannot take a child (all of them while under review).
        public var onHold: Int

        public init(
            authority: AuthorityCode, household: String, kind: HouseholdKind, places: Int, placed: Int, onHold: Int
        ) {
            self.authority = authority
            self.household = household
            self.kind = kind
            self.places = places
            self.placed = placed
            self.onHold = onHold
        }

        /// Places free to take a child: places less children and holds, never below nought.
        public var vacancies: Int { max(0, places - placed - onHold) }

        /// More children than the places not on hold: a household over its approval, or a child still
        /// there while the household is on hold or under review, which the fostering team should see.
        public var overfilled: Bool { placed > places - onHold }
    }

    /// Sums over a set of households; `vacancies` adds each household's own, so one household's children
    /// over its approval never fill another's vacancy.
    public struct Totals: Hashable, Sendable {
        public var households = 0
        public var places = 0
        public var placed = 0
        public var onHold = 0
        public var vacancies = 0
        /// Households overfilled (see `Row.overfilled`).
        public var overfilled = 0

        public init() {}

        mutating func add(_ row: Row) {
            households += 1
            places += row.places
            placed += row.placed
            onHold += row.onHold
            vacancies += row.vacancies
            overfilled += row.overfilled ? 1 : 0
        }
    }

    public let day: Day
    /// Households with places or children on the day, by authority and reference.
    public let rows: [Row]
    /// Totals for each kind of household that has a row.
    public let byKind: [HouseholdKind: Totals]
    /// Register entries open on the day whose `carer` is neither a household nor one of the homes given,
    /// in register order.
    public let unknownCarers: [PlacementCost]

    /// Occupancy of `households` on `day` from the `register`. Pass the council's `homes` too, so entries
    /// with a children's home are not taken for unknown carers.
    public init(households: [Household], register: [PlacementCost], on day: Day, homes: [ChildrensHome] = []) {
        var placed: [PlacementCost.CarerKey: Int] = [:]
        for cost in register where cost.isWithCarer(on: day) {
            if let key = cost.carerKey { placed[key, default: 0] += 1 }
        }
        let rows = households.sorted { $0.carerKey < $1.carerKey }.compactMap { household in
            Self.row(for: household, placed: placed[household.carerKey] ?? 0, on: day)
        }
        var byKind: [HouseholdKind: Totals] = [:]
        for row in rows { byKind[row.kind, default: Totals()].add(row) }
        let known = Set(households.map(\.carerKey)).union(homes.map(\.carerKey))
        self.day = day
        self.rows = rows
        self.byKind = byKind
        self.unknownCarers = register.filter { cost in
            guard cost.isWithCarer(on: day), let key = cost.carerKey else { return false }
            return !known.contains(key)
        }
    }

    /// The household's row; `nil` when it has neither places nor children that day.
    static func row(for household: Household, placed: Int, on day: Day) -> Row? {
        let places = household.approvedPlaces(on: day)
        guard places > 0 || placed > 0 else { return nil }
        return Row(
            authority: household.authority, household: household.id, kind: household.kind, places: places,
            placed: placed, onHold: household.placesOnHold(on: day))
    }

    /// The totals for one kind of household (all noughts when it has no rows).
    public func totals(of kind: HouseholdKind) -> Totals { byKind[kind] ?? Totals() }

    /// The totals over every household.
    public var total: Totals {
        var total = Totals()
        for row in rows { total.add(row) }
        return total
    }
}
