/// An amount of money in whole pence. Never a floating-point number, so totals add up to the penny.
public struct Money: Hashable, Comparable, Sendable, Codable, AdditiveArithmetic {
    public var pence: Int64

    public init(pence: Int64) { self.pence = pence }
    public init(pounds: Int64) { self.pence = pounds * 100 }

    public static let zero = Money(pence: 0)
    /// Amounts read from files have at most 12 digits of pounds (under £1,000,000,000,000).
    public static let maximumPoundsDigits = 12
    public static func + (a: Money, b: Money) -> Money { Money(pence: a.pence + b.pence) }
    public static func - (a: Money, b: Money) -> Money { Money(pence: a.pence - b.pence) }
    public static prefix func - (a: Money) -> Money { Money(pence: -a.pence) }
    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }

    /// Parses "1234", "1234.5", "1,234.56", "£1,234.56" or "-12.30"; `nil` when it is not an amount, has
    /// more than two decimal places, or is a trillion pounds or more — no cost or budget is, and the cap
    /// keeps every total, weekly rate and projection Hearth works out from such amounts far from overflow.
    public init?(parsing text: some StringProtocol) {
        var s = Substring(text).trimmingSpaces
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() }
        if s.hasPrefix("£") { s = s.dropFirst() }
        let cleaned = s.filter { $0 != "," }
        let halves = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(halves.count), !halves[0].isEmpty, halves[0].allSatisfy(\.isASCIIDigit),
            halves[0].count <= Self.maximumPoundsDigits, let pounds = Int64(halves[0])
        else { return nil }
        var pence: Int64 = 0
        if halves.count == 2 {
            let frac = halves[1]
            guard (1...2).contains(frac.count), frac.allSatisfy(\.isASCIIDigit), let f = Int64(frac) else { return nil }
            pence = frac.count == 1 ? f * 10 : f
        }
        let total = pounds * 100 + pence
        self.pence = negative ? -total : total
    }

    /// "1234.56" — the unformatted form for CSV files.
    public var plain: String {
        let sign = pence < 0 ? "-" : ""
        let a = pence.magnitude
        let p = a % 100
        return "\(sign)\(a / 100).\(p < 10 ? "0" : "")\(p)"
    }

    /// "£1,234.56" — for people.
    public var formatted: String {
        let sign = pence < 0 ? "-" : ""
        let a = pence.magnitude
        let p = a % 100
        return "\(sign)£\((a / 100).grouped).\(p < 10 ? "0" : "")\(p)"
    }

    /// Cost of `days` days at a weekly rate, rounded to the nearest penny (halves away from zero).
    ///
    /// Hearth's one rule for weekly costs: cost = weekly × days / 7, where the caller counts days.
    public static func weekly(_ weekly: Money, days: Int) -> Money {
        let numerator = weekly.pence * Int64(days)
        let (q, r) = numerator.quotientAndRemainder(dividingBy: 7)
        let roundAway: Int64 = r.magnitude * 2 >= 7 ? (numerator < 0 ? -1 : 1) : 0
        return Money(pence: q + roundAway)
    }

}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}

extension Money {
    /// Millions of pounds to three decimals, as budget monitors print them: £19,034,499.50 → "19.034".
    /// Rounded half away from zero to the nearest £1,000.
    public var millions: String {
        let thousands = (pence.magnitude + 50_000) / 100_000
        let sign = pence < 0 && thousands > 0 ? "-" : ""
        let fraction = thousands % 1000
        let padded = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return "\(sign)\(thousands / 1000).\(padded)"
    }
}
