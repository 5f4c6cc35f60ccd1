/// The age bands of DfE statistics and the demand models: under 1, 1–4, 5–9, 10–15, 16 and over.
public enum AgeBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case under1 = "under-1"
    case age1to4 = "1-4"
    case age5to9 = "5-9"
    case age10to15 = "10-15"
    case age16plus = "16-plus"

    public init(age: Int) {
        switch age {
        case ..<1: self = .under1
        case 1..<5: self = .age1to4
        case 5..<10: self = .age5to9
        case 10..<16: self = .age10to15
        default: self = .age16plus
        }
    }

    public var label: String {
        switch self {
        case .under1: "Under 1"
        case .age1to4: "1 to 4"
        case .age5to9: "5 to 9"
        case .age10to15: "10 to 15"
        case .age16plus: "16 and over"
        }
    }

    /// Youngest age in whole years in the band.
    public var youngest: Int {
        switch self {
        case .under1: 0
        case .age1to4: 1
        case .age5to9: 5
        case .age10to15: 10
        case .age16plus: 16
        }
    }

    public static func < (a: AgeBand, b: AgeBand) -> Bool { a.youngest < b.youngest }
}
