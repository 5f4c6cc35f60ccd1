extension Day: CustomStringConvertible {
    /// ISO 8601 form, `YYYY-MM-DD`, used in CSV output and the database.
    public var iso: String {
        let p = parts
        return "\(Day.pad(p.year, 4))-\(Day.pad(p.month, 2))-\(Day.pad(p.day, 2))"
    }

    /// The SSDA903 form, `DD/MM/YYYY`.
    public var ukNumeric: String {
        let p = parts
        return "\(Day.pad(p.day, 2))/\(Day.pad(p.month, 2))/\(Day.pad(p.year, 4))"
    }

    /// The GOV.UK style for people: "4 June 2025" (no leading zero).
    public var long: String {
        let p = parts
        return "\(p.day) \(Day.monthNames[p.month - 1]) \(p.year)"
    }

    /// A month for people: "June 2025".
    public var monthAndYear: String {
        let p = parts
        return "\(Day.monthNames[p.month - 1]) \(p.year)"
    }

    public var description: String { iso }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// Parses `YYYY-MM-DD`; `nil` for anything else or an impossible date.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Day.number(bytes[0..<4]), let m = Day.number(bytes[5..<7]), let d = Day.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the SSDA903 `DD/MM/YYYY` form (single-digit day or month accepted); `nil` otherwise.
    public init?(ukNumeric text: some StringProtocol) {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count == 3, (1...2).contains(pieces[0].count), (1...2).contains(pieces[1].count),
            pieces[2].count == 4,
            let d = Day.number(Array(pieces[0].utf8)[...]), let m = Day.number(Array(pieces[1].utf8)[...]),
            let y = Day.number(Array(pieces[2].utf8)[...])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for b in digits {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Day {
    /// Whole years of age on `date` for someone born on `self` (a birthday counts on the day itself;
    /// someone born on 29 February has their birthday on 1 March in non-leap years).
    public func age(on date: Day) -> Int {
        let b = parts, d = date.parts
        var years = d.year - b.year
        if (d.month, d.day) < (b.month, b.day) { years -= 1 }
        return years
    }

    /// The day someone born on `self` turns `years` old.
    public func birthday(_ years: Int) -> Day {
        let p = parts
        if let d = Day(year: p.year + years, month: p.month, day: p.day) { return d }
        return Day(year: p.year + years, month: 3, day: 1)!  // 29 Feb in a non-leap year
    }
}

extension Day {
    /// Days are written to JSON as ISO dates ("2025-03-31"), which people and other tools can read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a YYYY-MM-DD date")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
