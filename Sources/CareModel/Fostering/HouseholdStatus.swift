/// Where a foster household stands on a day.
public enum HouseholdStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Approved and able to take children in its places.
    case approved
    /// Approved, but some or all places are on hold (illness, bereavement, a safeguarding process, …).
    case onHold = "on-hold"
    /// Under review or a LADO referral: no new children placed until it ends.
    case underReview = "under-review"
    /// Resigned or deregistered: no longer a foster household.
    case resigned

    public var label: String {
        switch self {
        case .approved: "Approved"
        case .onHold: "On hold"
        case .underReview: "Under review"
        case .resigned: "Resigned or deregistered"
        }
    }
}

/// Why a household went on hold or left, in the words councils' reports use (004 §3.13, §3.17).
public enum HouseholdStatusReason: String, Sendable, Hashable, Codable, CaseIterable {
    // On hold
    case illness, bereavement, safeguarding
    case noBedroom = "no-bedroom"
    case holiday
    case familyCommitments = "family-commitments"
    // Under review
    case lado
    case annualReview = "annual-review"
    // Resigned or deregistered
    case retirement
    case sgoConversion = "sgo-conversion"
    case movedToIFA = "moved-to-ifa"
    case practiceConcerns = "practice-concerns"
    case personalCircumstances = "personal-circumstances"
    case other

    public var label: String {
        switch self {
        case .illness: "Illness"
        case .bereavement: "Bereavement"
        case .safeguarding: "Safeguarding process"
        case .noBedroom: "No bedroom available"
        case .holiday: "Holiday"
        case .familyCommitments: "Family commitments"
        case .lado: "LADO referral"
        case .annualReview: "Annual review"
        case .retirement: "Retirement"
        case .sgoConversion: "Became the child's special guardian (SGO)"
        case .movedToIFA: "Moved to an independent agency"
        case .practiceConcerns: "Practice concerns"
        case .personalCircumstances: "Personal circumstances"
        case .other: "Other"
        }
    }
}

/// One change in a household's status: from `day` it is `status` (for `reason`), until the next change.
/// `placesOnHold` is how many of its places are on hold (all of them when `nil` and on hold).
public struct HouseholdStatusChange: Sendable, Hashable, Codable {
    public var day: Day
    public var status: HouseholdStatus
    public var reason: HouseholdStatusReason?
    public var placesOnHold: Int?

    public init(day: Day, status: HouseholdStatus, reason: HouseholdStatusReason? = nil, placesOnHold: Int? = nil) {
        self.day = day
        self.status = status
        self.reason = reason
        self.placesOnHold = placesOnHold
    }
}
