/// REC: reason the episode ceased.
public enum ReasonEpisodeCeased: String, SSDA903Code {
    case x1 = "X1", e11 = "E11", e12 = "E12", e13 = "E13", e14 = "E14", e15 = "E15", e16 = "E16", e17 = "E17"
    case e2 = "E2", e3 = "E3", e41 = "E41", e45 = "E45", e46 = "E46", e47 = "E47", e48 = "E48"
    case e4a = "E4A", e4b = "E4B", e5 = "E5", e6 = "E6", e7 = "E7", e8 = "E8", e9 = "E9"
    public static let fieldName = "REC"
    public var label: String {
        switch self {
        case .x1: "Episode ceases, new episode begins on same day"
        case .e11: "Adopted – application unopposed"
        case .e12: "Adopted – consent dispensed with"
        case .e13: "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"
        case .e14: "Accommodation on remand ended"
        case .e15: "Age assessment determined child is aged 18 or over"
        case .e16: "Child moved abroad"
        case .e17: "Aged 18 or over and remained with current carers (inc. staying put)"
        case .e2: "Died"
        case .e3: "Care taken over by another local authority"
        case .e41: "Residence order or child arrangement order granted"
        case .e45: "Special guardianship order made to former foster carer(s) who are relatives or friends"
        case .e46: "Special guardianship order made to former foster carer(s) other than relatives or friends"
        case .e47: "Special guardianship order made to carer(s) other than former foster carer(s), relatives or friends"
        case .e48:
            "Special guardianship order made to carer(s) other than former foster carer(s), not relatives or friends"
        case .e4a: "Returned home to live with parent(s) as part of care planning"
        case .e4b: "Returned home to live with parent(s) not as part of care planning"
        case .e5: "Moved into independent living arrangement with formalised support"
        case .e6: "Moved into independent living arrangement without formalised support"
        case .e7: "Transferred to residential care funded by adult social care"
        case .e8: "Period of being looked after ceased for any other reason"
        case .e9: "Sentenced to custody"
        }
    }
    /// Whether this reason ends the period of care (everything except X1).
    public var leavesCare: Bool { self != .x1 }
}
