import CareModel

/// Place-days that approved foster households had but did not use over a stretch of days, and why: the
/// cost of in-house capacity that took no child, which the sufficiency strategy weighs against buying
/// placements from agencies.
///
/// On each day a household has `places − placed` unused places (never below nought). Up to the number
/// on hold, they are void for the household's status reason (on hold, under review); the rest are
/// vacancies, void because no child was matched. So a household's void days are Σ (vacancies + places
/// on hold) over the days, except that a place on hold which still has a child in it (a child who stays
/// while the household is under review, say) is in use and not void.
///
/// The work is one pass over the register, then for each household one step per day, with its status
/// looked up once per run of days between status changes, not once per day.
public struct VoidDays: Hashable, Sendable {
    /// One household's void place-days by reason.
    public struct Row: Hashable, Sendable {
        public var authority: AuthorityCode
        public var household: String
        public var kind: HouseholdKind
        public var byReason: [VoidReason: Int]

        public init(authority: AuthorityCode, household: String, kind: HouseholdKind, byReason: [VoidReason: Int]) {
            self.authority = authority
            self.household = household
            self.kind = kind
            self.byReason = byReason
        }

        public var total: Int { byReason.values.reduce(0, +) }
    }

    /// The first and last days counted, both included.
    public let first: Day
    public let last: Day
    /// Households approved on at least one day of the range, by authority and reference.
    public let rows: [Row]
    /// Void place-days by reason across all the households.
    public let byReason: [VoidReason: Int]

    /// Void place-days of `households` over the days `first` through `last`, with occupancy from the
    /// costs `register`. Nothing is counted when `last` is before `first`.
    public init(households: [Household], register: [PlacementCost], from first: Day, through last: Day) {
        let placed = PlacedByDay(register: register, from: first, through: last)
        let rows = households.sorted { $0.carerKey < $1.carerKey }.compactMap { household in
            Self.row(for: household, placed: placed.placed(with: household.carerKey), from: first, through: last)
        }
        var byReason: [VoidReason: Int] = [:]
        for row in rows {
            for (reason, days) in row.byReason { byReason[reason, default: 0] += days }
        }
        self.first = first
        self.last = last
        self.rows = rows
        self.byReason = byReason
    }

    /// Void place-days across every household and reason.
    public var total: Int { byReason.values.reduce(0, +) }

    /// The household's void days, given the children with it on each day of the range (index 0 is
    /// `first`; `nil` when it had none); `nil` when it had no approved places on any day of the range.
    static func row(for household: Household, placed: [Int]?, from first: Day, through last: Day) -> Row? {
        var byReason: [VoidReason: Int] = [:], approved = false
        for span in statusSpans(of: household, from: first, through: last) {
            let places = household.approvedPlaces(on: span.lowerBound)
            guard places > 0 else { continue }
            approved = true
            let held = household.placesOnHold(on: span.lowerBound)
            var vacant = 0, holding = 0
            for offset in first.days(to: span.lowerBound)...first.days(to: span.upperBound) {
                let unused = max(0, places - (placed?[offset] ?? 0))
                holding += min(held, unused)
                vacant += unused - min(held, unused)
            }
            if vacant > 0 { byReason[.notMatched, default: 0] += vacant }
            if holding > 0, let reason = VoidReason(holding: household.status(on: span.lowerBound)) {
                byReason[reason, default: 0] += holding
            }
        }
        guard approved else { return nil }
        return Row(authority: household.authority, household: household.id, kind: household.kind, byReason: byReason)
    }

    /// The range cut into runs of days over which the household's status does not change: at its
    /// approval and at each status change inside the range.
    static func statusSpans(of household: Household, from first: Day, through last: Day) -> [ClosedRange<Day>] {
        guard first <= last else { return [] }
        let changes = Set(([household.approved] + household.statuses.map(\.day)).filter { $0 > first && $0 <= last })
        var spans: [ClosedRange<Day>] = [], start = first
        for change in changes.sorted() {
            spans.append(start...change.adding(days: -1))
            start = change
        }
        spans.append(start...last)
        return spans
    }
}
