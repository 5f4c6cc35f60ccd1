/// PLACE: the type of placement (DfE SSDA903 code list, including retired and newer codes).
public enum PlacementType: String, SSDA903Code {
    case a3 = "A3", a4 = "A4", a5 = "A5", a6 = "A6"
    case h5 = "H5"
    case k1 = "K1", k2 = "K2", k3 = "K3"
    case p1 = "P1", p2 = "P2", p3 = "P3"
    case r1 = "R1", r2 = "R2", r3 = "R3", r5 = "R5"
    case s1 = "S1"
    case t0 = "T0", t1 = "T1", t2 = "T2", t3 = "T3", t4 = "T4"
    case u1 = "U1", u2 = "U2", u3 = "U3", u4 = "U4", u5 = "U5", u6 = "U6"
    case z1 = "Z1", z11 = "Z11", z12 = "Z12", z13 = "Z13", z14 = "Z14"
    /// Historic codes found in old data: relative/friend fostering (now U1–U3) and other fostering (now U4–U6).
    case q1 = "Q1", q2 = "Q2"

    public static let fieldName = "PLACE"

    public var label: String {
        switch self {
        case .a3: "Placed for adoption with consent with current foster carer(s)"
        case .a4: "Placed for adoption with consent not with current foster carer(s)"
        case .a5: "Placed for adoption with placement order with current foster carer(s)"
        case .a6: "Placed for adoption with placement order not with current foster carer(s)"
        case .h5: "Semi-independent living accommodation not subject to children's homes regulations"
        case .k1: "Secure children's home"
        case .k2: "Children's home subject to Children's Homes Regulations"
        case .k3: "Registered supported accommodation"
        case .p1: "Placed with own parent(s) or other person(s) with parental responsibility"
        case .p2: "Independent living, e.g. flat, lodgings, bedsit, B&B or with friends"
        case .p3: "Residential employment"
        case .r1: "Residential care home"
        case .r2: "NHS/health trust or other establishment providing medical or nursing care"
        case .r3: "Family centre or mother and baby unit"
        case .r5: "Young offender institution or prison"
        case .s1: "Residential school, except where dual-registered as a children's home"
        case .t0: "Temporary move of any type"
        case .t1: "Temporary period in hospital"
        case .t2: "Temporary absence of the child on holiday"
        case .t3: "Temporary accommodation whilst normal foster carer(s) on holiday"
        case .t4: "Temporary accommodation of seven days or less"
        case .u1: "Foster placement with relative(s) or friend(s) – long term fostering"
        case .u2: "Foster placement with relative(s) or friend(s) who are approved adopters – FFA/concurrent planning"
        case .u3: "Foster placement with relative(s) or friend(s) – not long term or FFA"
        case .u4: "Foster placement with other foster carer(s) – long term fostering"
        case .u5: "Foster placement with other foster carer(s) who are approved adopters – FFA/concurrent planning"
        case .u6: "Foster placement with other foster carer(s) – not long term or FFA"
        case .z1: "Other placement"
        case .z11: "Other placement (Z11)"
        case .z12: "Other placement (Z12)"
        case .z13: "Other placement (Z13)"
        case .z14: "Other placement (Z14)"
        case .q1: "Foster placement with relative or friend (historic code)"
        case .q2: "Placement with other foster carer (historic code)"
        }
    }

    /// Collection years (by start year) in which DfE accepts the code. `nil` bound = open.
    ///
    /// K3 arrived in 2024-25; H5 and P2 were withdrawn from 2024-25 (LIIA) — the DfE validator
    /// still took them in 2024-25, so we follow the later date and warn rather than reject;
    /// Z1 was replaced by Z11–Z14 from 2025-26. Q1/Q2 predate the U codes (retired by 2013-14).
    public var validYears: (from: Int?, through: Int?) {
        switch self {
        case .k3: (2024, nil)
        case .h5, .p2: (nil, 2024)
        case .z1: (nil, 2024)
        case .z11, .z12, .z13, .z14: (2025, nil)
        case .q1, .q2: (nil, 2012)
        default: (nil, nil)
        }
    }

    /// Whether DfE accepts this code in a given collection year.
    public func isValid(in year: FinancialYear) -> Bool {
        let (from, through) = validYears
        if let from, year.startYear < from { return false }
        if let through, year.startYear > through { return false }
        return true
    }

    /// Temporary placements (T0–T4), which DfE does not count as a change of home.
    public var isTemporary: Bool { [.t0, .t1, .t2, .t3, .t4].contains(self) }

    /// Placement types that take no PLACE_PROVIDER (rules 178, 213, 526).
    public var expectsNoProvider: Bool { isTemporary || [.z11, .z12, .z13, .z14].contains(self) }
}
