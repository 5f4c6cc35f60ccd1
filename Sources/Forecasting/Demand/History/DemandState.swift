import CareModel

/// The regional demand model's age bands (`ssda903/config/_age_brackets.py`): Birth to 1, 1 to 5, 5 to 10,
/// 10 to 16, 16 to 18+. A band holds ages `lower ≤ age < upper`, where age is days since birth ÷ 365.24.
///
/// Distinct from CareModel's `AgeBand` (DfE statistics bands): the demand model must use its own brackets
/// to give the regional model's numbers.
public enum DemandAgeBand: Int, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case birthToOne, oneToFive, fiveToTen, tenToSixteen, sixteenPlus

    /// The regional model's `YEAR_IN_DAYS` (`ssda903/config/__init__.py`).
    static let yearInDays = 365.24

    /// The ages (whole years) at which a child moves into the next band; 30 is the regional model's
    /// last bracket end and is not used, because nobody is looked after at 30.
    static let boundaries = [1, 5, 10, 16]

    /// The band for a fractional age. Ages below 0 (DECOM before DOB) are put in Birth to 1 and ages of
    /// 30 or more in 16+, where the regional model would fail instead.
    public init(age: Double) {
        switch age {
        case ..<1: self = .birthToOne
        case ..<5: self = .oneToFive
        case ..<10: self = .fiveToTen
        case ..<16: self = .tenToSixteen
        default: self = .sixteenPlus
        }
    }

    /// The regional model's label, as its charts and rate tables print it.
    public var label: String {
        switch self {
        case .birthToOne: "Birth to 1"
        case .oneToFive: "1 to 5"
        case .fiveToTen: "5 to 10"
        case .tenToSixteen: "10 to 16"
        case .sixteenPlus: "16 to 18+"
        }
    }

    public static func < (a: DemandAgeBand, b: DemandAgeBand) -> Bool { a.rawValue < b.rawValue }
}

/// The regional demand model's placement categories (`ssda903/config/_placement_categories.py`),
/// distinct from CareModel's `PlacementCategory`, plus Not in care for children who have left.
public enum DemandCategory: Int, CaseIterable, Hashable, Sendable, Codable {
    case fostering, residential, supported, other, notInCare

    /// Fostering U1–U6; Residential K2, R1, P3, S1; Supported H5, K3, P2; every other code is Other.
    public init(place: PlacementType) {
        switch place {
        case .u1, .u2, .u3, .u4, .u5, .u6: self = .fostering
        case .k2, .r1, .p3, .s1: self = .residential
        case .h5, .k3, .p2: self = .supported
        default: self = .other
        }
    }

    public var label: String {
        switch self {
        case .fostering: "Fostering"
        case .residential: "Residential"
        case .supported: "Supported"
        case .other: "Other"
        case .notInCare: "Not in care"
        }
    }

    /// The four categories in which children are looked after.
    public static let inCare: [DemandCategory] = [.fostering, .residential, .supported, .other]
}

/// One state of the stock-and-flow model: an age band and a category. The Not in care states (one per
/// band) absorb children who leave, as in the regional model, whose projection carries them too.
public struct DemandState: Hashable, Sendable, Codable, CustomStringConvertible {
    public var ageBand: DemandAgeBand
    public var category: DemandCategory

    public init(_ ageBand: DemandAgeBand, _ category: DemandCategory) {
        self.ageBand = ageBand
        self.category = category
    }

    /// Number of states: 5 bands × 5 categories.
    public static let count = DemandAgeBand.allCases.count * DemandCategory.allCases.count

    /// All states in index order (band-major), the order of every array in the demand model.
    public static let all: [DemandState] = DemandAgeBand.allCases.flatMap { band in
        DemandCategory.allCases.map { DemandState(band, $0) }
    }

    /// Position in the model's arrays.
    public var index: Int { ageBand.rawValue * DemandCategory.allCases.count + category.rawValue }

    public var isInCare: Bool { category != .notInCare }

    /// "10 to 16 - Fostering", the regional model's state name.
    public var description: String { "\(ageBand.label) - \(category.label)" }
}
