/// A council financial year, 1 April to 31 March, named by the year it starts: `FinancialYear(2024)` is 2024-25.
///
/// The SSDA903 collection year runs over the same dates, so it is the same type.
public struct FinancialYear: Hashable, Comparable, Sendable, Codable {
    public let startYear: Int

    public init(_ startYear: Int) { self.startYear = startYear }

    /// The financial year a day falls in (January–March belong to the year that started the April before).
    public init(containing day: Day) {
        let p = day.parts
        self.startYear = p.month >= 4 ? p.year : p.year - 1
    }

    /// The collection year whose return is labelled by its end year, e.g. `ending: 2025` is 2024-25.
    public static func ending(_ endYear: Int) -> FinancialYear { FinancialYear(endYear - 1) }

    public var first: Day { Day(year: startYear, month: 4, day: 1)! }
    public var last: Day { Day(year: startYear + 1, month: 3, day: 31)! }
    public var endYear: Int { startYear + 1 }
    public var dayCount: Int { first.days(to: last) + 1 }

    /// "2024-25".
    public var label: String {
        let end = (startYear + 1) % 100
        return "\(startYear)-\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }

    public func contains(_ day: Day) -> Bool { day >= first && day <= last }
}
