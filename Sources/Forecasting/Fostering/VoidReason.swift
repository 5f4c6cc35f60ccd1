import CareModel

/// Why an approved fostering place went unused on a day: nobody was matched to it, or the household was
/// on hold or under review (with the reason its status gives, when recorded).
public enum VoidReason: Hashable, Sendable, Comparable {
    /// A vacancy: the place could have taken a child but none was placed.
    case notMatched
    case onHold(HouseholdStatusReason?)
    case underReview(HouseholdStatusReason?)

    /// The reason a household's status gives for its places on hold; `nil` while it is approved or resigned.
    init?(holding status: HouseholdStatusChange?) {
        switch status?.status {
        case .onHold: self = .onHold(status?.reason)
        case .underReview: self = .underReview(status?.reason)
        case .approved, .resigned, nil: return nil
        }
    }

    /// "Not matched", "On hold: Illness", "Under review: LADO referral", "On hold: reason not recorded".
    public var label: String {
        switch self {
        case .notMatched: "Not matched"
        case .onHold(let reason): "\(HouseholdStatus.onHold.label): \(reason?.label ?? "reason not recorded")"
        case .underReview(let reason):
            "\(HouseholdStatus.underReview.label): \(reason?.label ?? "reason not recorded")"
        }
    }

    /// Not matched first, then on hold, then under review, each by reason in the order councils list them.
    public static func < (a: VoidReason, b: VoidReason) -> Bool { a.order < b.order }

    private var order: (Int, Int) {
        func index(_ reason: HouseholdStatusReason?) -> Int {
            reason.flatMap { HouseholdStatusReason.allCases.firstIndex(of: $0) } ?? HouseholdStatusReason.allCases.count
        }
        switch self {
        case .notMatched: return (0, 0)
        case .onHold(let reason): return (1, index(reason))
        case .underReview(let reason): return (2, index(reason))
        }
    }
}
