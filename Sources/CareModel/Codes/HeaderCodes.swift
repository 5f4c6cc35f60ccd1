/// SEX as recorded: 2024-25 recoded 1/2 to M/F/U; both are read, and M/F/U is what Hearth stores.
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable {
    case male = "M", female = "F", unknown = "U"

    /// Reads the old 1/2 coding and the new M/F/U coding.
    public init?(code: some StringProtocol) {
        switch Substring(code).trimmingSpaces.uppercased() {
        case "1", "M", "1.0": self = .male
        case "2", "F", "2.0": self = .female
        case "U": self = .unknown
        default: return nil
        }
    }
    public var code: String { rawValue }
    public var label: String {
        switch self {
        case .male: "Male";
        case .female: "Female";
        case .unknown: "Not known"
        }
    }
}

/// ETHNIC: the 20 DfE ethnicity codes.
public enum Ethnicity: String, SSDA903Code {
    case wbri = "WBRI", wiri = "WIRI", woth = "WOTH", wirt = "WIRT", wrom = "WROM"
    case mwbc = "MWBC", mwba = "MWBA", mwas = "MWAS", moth = "MOTH"
    case aind = "AIND", apkn = "APKN", aban = "ABAN", aoth = "AOTH"
    case bcrb = "BCRB", bafr = "BAFR", both = "BOTH", chne = "CHNE", ooth = "OOTH", refu = "REFU", nobt = "NOBT"
    public static let fieldName = "ETHNIC"
    public var label: String {
        switch self {
        case .wbri: "White British"
        case .wiri: "White Irish"
        case .woth: "Any other White background"
        case .wirt: "Traveller of Irish heritage"
        case .wrom: "Gypsy/Roma"
        case .mwbc: "White and Black Caribbean"
        case .mwba: "White and Black African"
        case .mwas: "White and Asian"
        case .moth: "Any other mixed background"
        case .aind: "Indian"
        case .apkn: "Pakistani"
        case .aban: "Bangladeshi"
        case .aoth: "Any other Asian background"
        case .bcrb: "Caribbean"
        case .bafr: "African"
        case .both: "Any other Black background"
        case .chne: "Chinese"
        case .ooth: "Any other ethnic group"
        case .refu: "Refused"
        case .nobt: "Information not yet obtained"
        }
    }
}
