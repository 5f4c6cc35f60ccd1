/// A council foster household: who it is (a council reference, never a name), what it is approved for,
/// where it is (postcode, shown only to its sector), how it is paid, and its status over time.
///
/// Occupancy is not stored here: it comes from the placements in the costs register that name the
/// household as their `carer`.
public struct Household: Sendable, Hashable, Codable {
    public var authority: AuthorityCode
    /// The council's reference for the household ("FC-0123"); unique within the authority, and distinct
    /// from its children's homes' references, since a placement's `carer` may name either.
    public var id: String
    public var kind: HouseholdKind
    public var approved: Day
    /// Places approved.
    public var places: Int
    public var youngest: Int?
    public var oldest: Int?
    public var terms: Set<FosteringTerm>
    public var supervisingTeam: String?
    /// The Mockingbird constellation the household belongs to, when it does.
    public var constellation: String?
    public var postcode: String?
    /// The weekly fee paid to the carers for one placement (skills level), and the child's allowance: their
    /// sum is what an in-house placement costs when the costs register has no price for it.
    public var weeklyFee: Money?
    public var weeklyAllowance: Money?
    /// Status changes in day order; before the first the household is approved from `approved`.
    public var statuses: [HouseholdStatusChange]

    public init(
        authority: AuthorityCode, id: String, kind: HouseholdKind, approved: Day, places: Int, youngest: Int? = nil,
        oldest: Int? = nil, terms: Set<FosteringTerm> = [], supervisingTeam: String? = nil,
        constellation: String? = nil, postcode: String? = nil, weeklyFee: Money? = nil,
        weeklyAllowance: Money? = nil, statuses: [HouseholdStatusChange] = []
    ) {
        self.authority = authority
        self.id = id
        self.kind = kind
        self.approved = approved
        self.places = places
        self.youngest = youngest
        self.oldest = oldest
        self.terms = terms
        self.supervisingTeam = supervisingTeam
        self.constellation = constellation
        self.postcode = postcode
        self.weeklyFee = weeklyFee
        self.weeklyAllowance = weeklyAllowance
        self.statuses = statuses.sorted { $0.day < $1.day }
    }

    /// The status change in force on `day`; `nil` before approval. Approved from `approved` until a change.
    public func status(on day: Day) -> HouseholdStatusChange? {
        guard day >= approved else { return nil }
        return statuses.last { $0.day <= day } ?? HouseholdStatusChange(day: approved, status: .approved)
    }

    /// Places that count as the household's on `day`: all of them while approved, on hold or under review;
    /// none before approval or after resigning.
    public func approvedPlaces(on day: Day) -> Int {
        guard let status = status(on: day), status.status != .resigned else { return 0 }
        return places
    }

    /// Places that cannot take a child on `day`: those on hold, or every place while under review.
    public func placesOnHold(on day: Day) -> Int {
        guard let status = status(on: day) else { return 0 }
        switch status.status {
        case .approved, .resigned: return 0
        case .onHold: return min(places, status.placesOnHold ?? places)
        case .underReview: return places
        }
    }

    /// The in-house weekly cost of one placement with the household, when its fee or allowance is known.
    public var weeklyCost: Money? {
        guard weeklyFee != nil || weeklyAllowance != nil else { return nil }
        return (weeklyFee ?? .zero) + (weeklyAllowance ?? .zero)
    }

    /// The postcode sector ("PL4 8"), which is what pages show of a carer's address.
    public var postcodeSector: String? {
        guard let postcode else { return nil }
        let parts = postcode.split(separator: " ")
        guard parts.count == 2, let digit = parts[1].first else { return nil }
        return "\(parts[0]) \(digit)"
    }
}
