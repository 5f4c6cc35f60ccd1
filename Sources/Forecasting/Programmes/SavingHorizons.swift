import CareModel

/// One saving measured to the three horizons councils report: to 31 March (in-year), a full year from the
/// move (full-year effect), and to the day before the child's 18th birthday.
public struct SavingHorizons: Sendable, Hashable, Codable {
    public var inYear: Money
    public var fullYear: Money
    public var toEighteen: Money

    public init(inYear: Money = .zero, fullYear: Money = .zero, toEighteen: Money = .zero) {
        self.inYear = inYear
        self.fullYear = fullYear
        self.toEighteen = toEighteen
    }

    public static let zero = SavingHorizons()

    public static func + (a: SavingHorizons, b: SavingHorizons) -> SavingHorizons {
        SavingHorizons(
            inYear: a.inYear + b.inYear, fullYear: a.fullYear + b.fullYear, toEighteen: a.toEighteen + b.toEighteen)
    }

    public static func - (a: SavingHorizons, b: SavingHorizons) -> SavingHorizons {
        SavingHorizons(
            inYear: a.inYear - b.inYear, fullYear: a.fullYear - b.fullYear, toEighteen: a.toEighteen - b.toEighteen)
    }
}

/// Which horizon a saving runs to.
public enum SavingHorizon: String, Sendable, Hashable, Codable, CaseIterable {
    case inYear = "in-year"
    case fullYear = "full-year"
    case toEighteen = "to-18"
}
