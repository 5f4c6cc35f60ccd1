import CareModel

/// The regional demand model's nine cost items (`ssda903/config/_costs.py`): what a child in each kind of
/// home costs a week, split by PLACE and PLACE_PROVIDER. Each item belongs to one demand category.
public enum DemandCostItem: String, CaseIterable, Hashable, Sendable, Codable {
    case fosteringFriendRelative, fosteringInHouse, fosteringAgency
    case residentialInHouse, residentialExternal
    case supported, secureHome, placedWithFamily, other

    /// The regional model's label.
    public var label: String {
        switch self {
        case .fosteringFriendRelative: "Fostering (Friend/Relative)"
        case .fosteringInHouse: "Fostering (In-house)"
        case .fosteringAgency: "Fostering (IFA)"
        case .residentialInHouse: "Residential (In-house)"
        case .residentialExternal: "Residential (External)"
        case .supported: "Supported accommodation"
        case .secureHome: "Secure home"
        case .placedWithFamily: "Placed with family"
        case .other: "Other"
        }
    }

    /// The demand category whose children the item prices. Secure homes (K1) and placements with
    /// family (P1) are not Residential or Supported in the regional model, so they are Other.
    public var category: DemandCategory {
        switch self {
        case .fosteringFriendRelative, .fosteringInHouse, .fosteringAgency: .fostering
        case .residentialInHouse, .residentialExternal: .residential
        case .supported: .supported
        case .secureHome, .placedWithFamily, .other: .other
        }
    }

    /// Hearth's placement category for the item's placements, which decides its budget line.
    public var placementCategory: PlacementCategory {
        switch self {
        case .fosteringFriendRelative: .fosteringRelativeFriend
        case .fosteringInHouse: .fosteringInHouse
        case .fosteringAgency: .fosteringAgency
        case .residentialInHouse: .residentialInHouse
        case .residentialExternal: .residentialExternal
        case .supported: .supported
        case .secureHome: .secure
        case .placedWithFamily: .placedWithParents
        case .other: .other
        }
    }

    /// The items of a category, in declaration order (none for Not in care).
    public static func items(in category: DemandCategory) -> [DemandCostItem] {
        allCases.filter { $0.category == category }
    }

    /// Default weekly cost at 2024-25 prices. The regional model ships placeholders (£100–£1,000); these
    /// are typical English council figures, the same order as Hearth's generated authorities: friend or
    /// relative carers' allowances £350, in-house foster carers £550, agency (IFA) fostering £950,
    /// the council's own children's homes £5,000, external homes £6,500, supported accommodation £2,000,
    /// secure children's homes £8,000, placed with family (support costs only) £50, anything else £1,000.
    public var defaultWeeklyCost: Money {
        switch self {
        case .fosteringFriendRelative: Money(pounds: 350)
        case .fosteringInHouse: Money(pounds: 550)
        case .fosteringAgency: Money(pounds: 950)
        case .residentialInHouse: Money(pounds: 5_000)
        case .residentialExternal: Money(pounds: 6_500)
        case .supported: Money(pounds: 2_000)
        case .secureHome: Money(pounds: 8_000)
        case .placedWithFamily: Money(pounds: 50)
        case .other: Money(pounds: 1_000)
        }
    }

    /// The item for an episode's PLACE and PLACE_PROVIDER, as the regional `placement_type_detail`.
    ///
    /// `nil` when foster or residential care has no provider the items name (PR0 or missing): the
    /// regional model gives such rows no item, so they are left out of the proportions and cost the
    /// category's average.
    public init?(place: PlacementType, provider: PlacementProvider?) {
        let own = provider.map { [.pr1, .pr2, .pr3].contains($0) } ?? false
        let bought = provider.map { [.pr4, .pr5].contains($0) } ?? false
        switch place {
        case .u1, .u2, .u3: self = .fosteringFriendRelative
        case .u4, .u5, .u6:
            guard own || bought else { return nil }
            self = own ? .fosteringInHouse : .fosteringAgency
        case .k2, .r1, .p3, .s1:
            guard own || bought else { return nil }
            self = own ? .residentialInHouse : .residentialExternal
        case .h5, .p2, .k3: self = .supported
        case .k1: self = .secureHome
        case .p1: self = .placedWithFamily
        default: self = .other
        }
    }
}
