import CareModel

extension Day {
    /// Reads a date as SSDA903 files write it: `DD/MM/YYYY` (a one-digit day or month is accepted,
    /// as spreadsheets drop the zero), or ISO `YYYY-MM-DD`, which regional extracts use.
    /// `nil` for anything else or an impossible date such as 31/02/2020.
    ///
    /// Works on the UTF-8 bytes: it runs twice per row on files of 80,000+ rows.
    init?(ssda903 text: String) {
        var text = text
        guard let day = text.withUTF8({ Day.parseDate($0) }) else { return nil }
        self = day
    }

    private static func parseDate(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") {
            guard let y = digits(b, 0, 4), let m = digits(b, 5, 7), let d = digits(b, 8, 10) else { return nil }
            return Day(year: y, month: m, day: d)
        }
        guard let slash1 = b.firstIndex(of: UInt8(ascii: "/")),
            let slash2 = b[(slash1 + 1)...].firstIndex(of: UInt8(ascii: "/")),
            (1...2).contains(slash1), (1...2).contains(slash2 - slash1 - 1), b.count - slash2 - 1 == 4,
            let d = digits(b, 0, slash1), let m = digits(b, slash1 + 1, slash2),
            let y = digits(b, slash2 + 1, b.count)
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var value = 0
        for i in from..<to {
            guard b[i] >= 48, b[i] <= 57 else { return nil }
            value = value * 10 + Int(b[i] - 48)
        }
        return value
    }
}
