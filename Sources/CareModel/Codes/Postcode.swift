/// A UK postcode, split into its outward code (area and district, "PL6") and inward code (sector digit
/// and unit, "5AB"). SSDA903 records the home a child came from (HOME_POST) and the placement (PL_POST).
public struct Postcode: Hashable, Sendable {
    public let outward: String
    public let inward: String

    /// Reads "PL6 5AB", "pl65ab" or " M1 1AE ": any case, with or without spaces. `nil` unless the text
    /// has the shape of a UK postcode: an outward code of one or two letters, a digit, and an optional
    /// digit or letter (A9, A99, AA9, AA99, A9A, AA9A), then an inward code of a digit and two letters.
    public init?(_ text: String) {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        guard (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return nil
        }
        let inward = compact.suffix(3), outward = compact.dropLast(3)
        guard Self.isInward(inward), Self.isOutward(outward) else { return nil }
        self.outward = String(outward)
        self.inward = String(inward)
    }

    /// The postcode sector: the outward code and the first digit of the inward code ("PL6 5"). About
    /// 3,000 addresses share a sector, so it places a child's home without pointing at it.
    public var sector: String { outward + " " + String(inward.prefix(1)) }

    /// The sector of `text`, or "" when it is missing or not a postcode: degraded data never carries a
    /// full postcode through by mistake.
    public static func sector(of text: String?) -> String {
        text.flatMap(Postcode.init)?.sector ?? ""
    }

    static func isInward(_ code: Substring) -> Bool {
        let c = Array(code)
        return c.count == 3 && c[0].isNumber && c[1].isLetter && c[2].isLetter
    }

    static func isOutward(_ code: Substring) -> Bool {
        let letters = code.prefix { $0.isLetter }.count
        let rest = Array(code.dropFirst(letters))
        guard (1...2).contains(letters), let digit = rest.first, digit.isNumber else { return false }
        return rest.count == 1 || rest.count == 2
    }
}
