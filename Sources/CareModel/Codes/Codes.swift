/// PLACE_PROVIDER: who provides the placement.
public enum PlacementProvider: String, SSDA903Code {
    case pr0 = "PR0", pr1 = "PR1", pr2 = "PR2", pr3 = "PR3", pr4 = "PR4", pr5 = "PR5"
    public static let fieldName = "PLACE_PROVIDER"
    public var label: String {
        switch self {
        case .pr0: "Parent(s) or other person(s) with parental responsibility"
        case .pr1: "Own provision (by the local authority)"
        case .pr2: "Other local authority provision"
        case .pr3: "Other public provision"
        case .pr4: "Private provision"
        case .pr5: "Voluntary/third sector provision"
        }
    }
    /// Provided by this council or another public body rather than bought from the market.
    public var isPublic: Bool { [.pr1, .pr2, .pr3].contains(self) }
}

/// RNE: reason for new episode.
public enum ReasonNewEpisode: String, SSDA903Code {
    case s = "S", l = "L", p = "P", t = "T", b = "B", u = "U"
    public static let fieldName = "RNE"
    public var label: String {
        switch self {
        case .s: "Started to be looked after"
        case .l: "Change of legal status only"
        case .p: "Change of placement and carer(s) only"
        case .t: "Change of placement (but same carer(s)) only"
        case .b: "Change of legal status and placement and carer(s) at the same time"
        case .u: "Change of legal status and change of placement (but same carer(s)) at the same time"
        }
    }
    /// Episodes that continue the same home with the same carers (L, T, U): the demand models fold them.
    public var continuesSameCarer: Bool { [.l, .t, .u].contains(self) }
}

/// LS: legal status.
public enum LegalStatus: String, SSDA903Code {
    case c1 = "C1", c2 = "C2", d1 = "D1", e1 = "E1", v2 = "V2", v3 = "V3", v4 = "V4"
    case l1 = "L1", l2 = "L2", l3 = "L3", j1 = "J1", j2 = "J2", j3 = "J3"
    public static let fieldName = "LS"
    public var label: String {
        switch self {
        case .c1: "Interim care order"
        case .c2: "Full care order"
        case .d1: "Freeing order granted"
        case .e1: "Placement order granted"
        case .v2: "Single period of accommodation under section 20"
        case .v3: "Series of short-term breaks (individual episodes recorded)"
        case .v4: "Series of short-term breaks (agreements recorded)"
        case .l1: "Police protection and in local authority accommodation"
        case .l2: "Emergency protection order"
        case .l3: "Child assessment order and in local authority accommodation"
        case .j1: "Remanded to local authority or youth detention accommodation"
        case .j2: "Placed in local authority accommodation under PACE 1984"
        case .j3: "Youth Rehabilitation Order with residence or intensive fostering requirement"
        }
    }
    /// Short-break statuses (V3, V4): DfE statistics and the demand models leave these children out.
    public var isShortBreak: Bool { self == .v3 || self == .v4 }
}

/// CIN: category of need.
public enum CategoryOfNeed: String, SSDA903Code {
    case n1 = "N1", n2 = "N2", n3 = "N3", n4 = "N4", n5 = "N5", n6 = "N6", n7 = "N7", n8 = "N8"
    public static let fieldName = "CIN"
    public var label: String {
        switch self {
        case .n1: "Abuse or neglect"
        case .n2: "Child's disability"
        case .n3: "Parental illness or disability"
        case .n4: "Family in acute stress"
        case .n5: "Family dysfunction"
        case .n6: "Socially unacceptable behaviour"
        case .n7: "Low income"
        case .n8: "Absent parenting"
        }
    }
}

/// REASON_PLACE_CHANGE: why a placement ended.
public enum ReasonPlaceChange: String, SSDA903Code {
    case carpl = "CARPL", close = "CLOSE", alleg = "ALLEG", stand = "STAND", apprr = "APPRR", creqb = "CREQB"
    case creqo = "CREQO", child = "CHILD", lareq = "LAREQ", place = "PLACE", custod = "CUSTOD", other = "OTHER"
    public static let fieldName = "REASON_PLACE_CHANGE"
    public var label: String {
        switch self {
        case .carpl: "Change to/implementation of care plan"
        case .close: "Resignation/closure of provision"
        case .alleg: "Allegation (s47)"
        case .stand: "Standards of care concern"
        case .apprr: "Approval removed"
        case .creqb: "Carer(s) requested placement end due to child's behaviour"
        case .creqo: "Carer(s) requested placement end other than due to child's behaviour"
        case .child: "Child requested placement end"
        case .lareq: "Responsible/area authority requested placement end"
        case .place: "Change in the status of placement only"
        case .custod: "Custody arrangement"
        case .other: "Other"
        }
    }
}
