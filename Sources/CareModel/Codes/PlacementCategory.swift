/// The kind of home a child lives in, as a council's budget and sufficiency reports group them.
///
/// Derived from the SSDA903 PLACE code and PLACE_PROVIDER (see `init(place:provider:year:)`).
public enum PlacementCategory: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case fosteringRelativeFriend = "fostering-relative-friend"
    case fosteringInHouse = "fostering-in-house"
    case fosteringAgency = "fostering-ifa"
    case residentialInHouse = "residential-in-house"
    case residentialExternal = "residential-external"
    case supported = "supported"
    case secure = "secure"
    case placedWithParents = "placed-with-parents"
    case adoption = "adoption"
    case other = "other"

    public var label: String {
        switch self {
        case .fosteringRelativeFriend: "Fostering: relative or friend"
        case .fosteringInHouse: "Fostering: in-house"
        case .fosteringAgency: "Fostering: independent agency (IFA)"
        case .residentialInHouse: "Residential: in-house"
        case .residentialExternal: "Residential: external"
        case .supported: "Supported accommodation"
        case .secure: "Secure children's home"
        case .placedWithParents: "Placed with parents"
        case .adoption: "Placed for adoption"
        case .other: "Other"
        }
    }

    /// The broad group the category belongs to.
    public var group: PlacementGroup {
        switch self {
        case .fosteringRelativeFriend, .fosteringInHouse, .fosteringAgency: .fostering
        case .residentialInHouse, .residentialExternal: .residential
        case .supported: .supported
        case .secure: .secure
        case .placedWithParents: .placedWithParents
        case .adoption: .adoption
        case .other: .other
        }
    }

    /// Whether the placement is a family setting (fostering of any kind, adoption, with parents) — the
    /// "% in family-based settings" measure councils report.
    public var isFamilyBased: Bool { [.fostering, .adoption, .placedWithParents].contains(group) }

    /// Whether the council buys the placement from the market (IFA, external residential, supported).
    public var isCommissioned: Bool { [.fosteringAgency, .residentialExternal, .supported].contains(self) }

    public static func < (a: PlacementCategory, b: PlacementCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Maps a PLACE × PLACE_PROVIDER pair in a given collection year to a category.
    ///
    /// Fostering with relatives or friends is U1–U3 (and the historic Q1); other fostering (U4–U6, Q2)
    /// is in-house when provided by a public body (PR1–PR3) and agency (IFA) when private or voluntary
    /// (PR4, PR5). Children's homes, residential care homes and residential schools (K2, R1, S1) split the
    /// same way. Supported accommodation is H5 and P2 up to 2023-24 and K3 from 2024-25; the retired
    /// codes still map to Supported in later years so late or corrected returns are not lost (validation
    /// warns about them instead). A missing provider on a fostering or residential code counts as
    /// external, because it is the market placements that finance needs to see.
    public init(place: PlacementType, provider: PlacementProvider?, year: FinancialYear) {
        let isPublic = provider?.isPublic ?? false
        switch place {
        case .u1, .u2, .u3, .q1: self = .fosteringRelativeFriend
        case .u4, .u5, .u6, .q2: self = isPublic ? .fosteringInHouse : .fosteringAgency
        case .k2, .r1, .s1: self = isPublic ? .residentialInHouse : .residentialExternal
        case .k3, .h5, .p2: self = .supported
        case .k1: self = .secure
        case .p1: self = .placedWithParents
        case .a3, .a4, .a5, .a6: self = .adoption
        case .p3, .r2, .r3, .r5, .t0, .t1, .t2, .t3, .t4, .z1, .z11, .z12, .z13, .z14: self = .other
        }
        _ = year  // every code maps the same way in every year today; the year is kept for future changes
    }
}

/// The broad groups DfE statistics and the seeds use.
public enum PlacementGroup: String, Sendable, Hashable, Codable, CaseIterable {
    case fostering, residential, supported, secure
    case placedWithParents = "placed-with-parents"
    case adoption, other

    public var label: String {
        switch self {
        case .fostering: "Fostering"
        case .residential: "Residential"
        case .supported: "Supported"
        case .secure: "Secure"
        case .placedWithParents: "Placed with parents"
        case .adoption: "Adoption"
        case .other: "Other"
        }
    }
}
