/// One child's placement in the costs register: who provides it, how it was bought, which budget line
/// pays, and its weekly price over time with any contributions from health or education.
///
/// Days paid: a placement is paid from its start day through `lastPaidDay`, both included. When a
/// child moves, the old placement's last paid day is the day before the new one starts (the new home
/// is paid for the day of the move); when a child leaves care, the leaving day is paid.
public struct PlacementCost: Hashable, Sendable, Codable {
    public var child: ChildKey
    /// The placement's first day: joins the register to the SSDA903 episode that starts that day.
    public var placementStart: Day
    /// The day the placement ended (the SSDA903 DEC); `nil` while it is open.
    public var placementEnd: Day?
    /// The planned end date, when one is agreed; forecasts commit spend up to it instead of 31 March.
    public var plannedEnd: Day?
    public var place: PlacementType?
    public var providerType: PlacementProvider?
    public var providerURN: String?
    public var providerName: String?
    public var registration: RegistrationStatus?
    public var route: ProcurementRoute?
    /// The budget line named in the register; when `nil` the budget line rules decide.
    public var budgetLine: String?
    /// Weekly prices, sorted by `effectiveFrom`.
    public var rates: [WeeklyRate]
    public var contributions: [Contribution]
    /// Whether the placement goes on past the child's 18th birthday (staying put, leaving care line);
    /// otherwise the 18th birthday ends it for forecasting.
    public var continuesPast18: Bool
    /// The council foster household or children's home the child lives with (its reference in Hearth's
    /// fostering or homes register), when the register says; external placements leave it blank.
    public var carer: String?

    public init(
        child: ChildKey, placementStart: Day, placementEnd: Day? = nil, plannedEnd: Day? = nil,
        place: PlacementType? = nil, providerType: PlacementProvider? = nil, providerURN: String? = nil,
        providerName: String? = nil, registration: RegistrationStatus? = nil, route: ProcurementRoute? = nil,
        budgetLine: String? = nil, rates: [WeeklyRate], contributions: [Contribution] = [],
        continuesPast18: Bool = false, carer: String? = nil
    ) {
        self.child = child
        self.placementStart = placementStart
        self.placementEnd = placementEnd
        self.plannedEnd = plannedEnd
        self.place = place
        self.providerType = providerType
        self.providerURN = providerURN
        self.providerName = providerName
        self.registration = registration
        self.route = route
        self.budgetLine = budgetLine
        self.rates = rates.sorted { $0.effectiveFrom < $1.effectiveFrom }
        self.contributions = contributions
        self.continuesPast18 = continuesPast18
        self.carer = carer
    }

    /// The category of the placement's PLACE and provider, when PLACE is known.
    public var category: PlacementCategory? {
        place.map {
            PlacementCategory(place: $0, provider: providerType, year: FinancialYear(containing: placementStart))
        }
    }

    /// The gross weekly price on `day` (before contributions); `nil` before the first rate.
    public func grossWeekly(on day: Day) -> Money? {
        rates.last { $0.effectiveFrom <= day }?.weekly
    }

    /// The net weekly cost to the council on `day`: gross price less contributions covering that day.
    public func netWeekly(on day: Day) -> Money {
        guard let gross = grossWeekly(on: day) else { return .zero }
        return contributions.filter { $0.covers(day) }.reduce(gross) { $0 - $1.weekly }
    }
}
