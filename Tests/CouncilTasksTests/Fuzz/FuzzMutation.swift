/// One way to spoil a file, as a fuzzer would. Each takes the file's bytes and the case's random numbers and
/// returns new bytes, never more than `maximumSize`: big enough to find what only big inputs find (a field of a
/// megabyte, elements nested 100,000 deep), small enough that hundreds of cases run in seconds.
enum FuzzMutation: String, CaseIterable, Sendable {
    case truncate, cutSlice, flipBits, repeatSlice, hugeField, extremeNumber, windows1252, invalidUTF8, utf16
    case nulBytes, lineEnds, quoteStorm, manyColumns, duplicateHeader, swapColumns, repeatRows
    case deepNesting, manyElements, entityStorm, unclosedMarkup

    static let maximumSize = 4 << 20

    /// What suits any file: damaged bytes, other encodings, other line ends, huge and extreme values.
    static let anyFile: [FuzzMutation] = [
        .truncate, .cutSlice, .flipBits, .repeatSlice, .hugeField, .extremeNumber, .windows1252, .invalidUTF8,
        .utf16, .nulBytes, .lineEnds, .quoteStorm,
    ]
    /// For CSV files: the column line and the rows too.
    static let csv = anyFile + [.manyColumns, .duplicateHeader, .swapColumns, .repeatRows]
    /// For XML files: the markup too.
    static let xml = anyFile + [.deepNesting, .manyElements, .entityStorm, .unclosedMarkup]

    func apply(to bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let out: [UInt8]
        switch self {
        case .truncate: out = Array(bytes.prefix(random.int(in: 0...bytes.count)))
        case .cutSlice: out = Self.cutSlice(bytes, &random)
        case .flipBits: out = Self.flipBits(bytes, &random)
        case .repeatSlice: out = Self.repeatSlice(bytes, &random)
        case .hugeField: out = Self.hugeField(bytes, &random)
        case .extremeNumber: out = Self.extremeNumber(bytes, &random)
        case .windows1252: out = Self.scatter(Self.windows1252Bytes, in: bytes, &random)
        case .invalidUTF8: out = Self.scatter(Self.invalidUTF8Sequences, in: bytes, &random)
        case .utf16: out = Self.utf16(bytes, bigEndian: random.chance(50))
        case .nulBytes: out = Self.scatter([[0], [0, 0], [0, 0, 0, 0]], in: bytes, &random)
        case .lineEnds: out = Self.lineEnds(bytes, &random)
        case .quoteStorm: out = Self.storm(of: Self.quoteRuns, in: bytes, &random)
        case .manyColumns: out = Self.manyColumns(bytes, &random)
        case .duplicateHeader: out = Self.duplicateHeader(bytes, &random)
        case .swapColumns: out = Self.swapColumns(bytes, &random)
        case .repeatRows: out = Self.repeatRows(bytes, &random)
        case .deepNesting: out = Self.deepNesting(bytes, &random)
        case .manyElements: out = Self.storm(of: Self.elements, in: bytes, &random)
        case .entityStorm: out = Self.storm(of: Self.entities, in: bytes, &random)
        case .unclosedMarkup: out = Self.scatter(Self.openings, in: bytes, &random)
        }
        return out.count > Self.maximumSize ? Array(out.prefix(Self.maximumSize)) : out
    }
}

/// What the mutations insert.
extension FuzzMutation {
    /// Bytes that make a file not UTF-8, so the readers take it as Windows-1252: £, é, curly quotes, €, a dash,
    /// two bytes Windows-1252 leaves undefined, and ÿ.
    static let windows1252Bytes: [[UInt8]] = [[0xA3], [0xE9], [0x93], [0x94], [0x80], [0x96], [0x81], [0x9D], [0xFF]]
    /// A lone lead byte, a cut-short sequence, a surrogate, a five-byte form, an overlong slash, a code point past
    /// U+10FFFF, a byte UTF-8 never uses, and byte-order marks in the middle of a file.
    static let invalidUTF8Sequences: [[UInt8]] = [
        [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF],
        [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE],
    ]
    static let quoteRuns = bytes(["\"", "\"\"", "\",\"", "\"\n\"", "\"\"\"", ",\"", "\"\r"])
    static let elements = bytes([
        "<X/>", "<EPISODE/>", "<CHILD><HEADER/></CHILD>", "<DECOM>01/04/2023</DECOM>", "<!-- c -->", "<?pi x?>",
        "<UASC>1</UASC>", "text",
    ])
    static let entities = bytes([
        "&amp;", "&#163;", "&#x10FFFF;", "&#xD800;", "&#0;", "&#99999999999;", "&bogus;", "&", "&#;", "&#x;",
        "<![CDATA[&]]>",
    ])
    static let openings = bytes([
        "<!--", "<![CDATA[", "<?xml", "<", "<!DOCTYPE x [", "</", "<A", "<A b=\"", "]]>", "-->", "</EXPSSDA903>",
        "<EXPSSDA903>",
    ])
    /// Numbers at and past the limits of the integers amounts and counts are read into, and things that look
    /// nearly like numbers.
    static let extremeNumbers = [
        "0", "-1", "-0.01", "0.001", ".5", "5.", "+7", "0x10", "1e308", "NaN", "inf", "£-5", "1,,2", "\u{663}",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "92233720368547758.07",
        "999999999999999999", "18446744073709551616", "99999999999999999999999999999999999999",
    ]
    static let fillers = ["A", "9", " ", "\t", "\u{E9}", "\u{1F600}"]

    private static func bytes(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }
}

/// Damage to any file.
extension FuzzMutation {
    private static func cutSlice(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        let start = random.int(in: 0...(bytes.count - 1))
        let end = min(bytes.count, start + random.length(powersOfTwo: 0...10))
        var out = bytes
        out.removeSubrange(start..<end)
        return out
    }

    /// One to eight bytes each get a bit flipped or are replaced by any byte.
    private static func flipBits(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var out = bytes
        for _ in 0..<random.int(in: 1...8) {
            let index = random.int(in: 0...(out.count - 1))
            if random.chance(50) {
                out[index] ^= UInt8(1) << random.int(in: 0...7)
            } else {
                out[index] = random.byte()
            }
        }
        return out
    }

    /// A slice of up to 8 KB copied to another place, up to 500 times over.
    private static func repeatSlice(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        let start = random.int(in: 0...(bytes.count - 1))
        let slice = bytes[start..<min(bytes.count, start + random.length(powersOfTwo: 0...12))]
        let copies = Array([ArraySlice<UInt8>](repeating: slice, count: random.length(powersOfTwo: 0...7)).joined())
        var out = bytes
        out.insert(contentsOf: copies, at: random.int(in: 0...bytes.count))
        return out
    }

    /// A field (or an element's text) made from 256 bytes to a few megabytes longer.
    private static func hugeField(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let filler = random.pick(fillers)
        let run = Array(String(repeating: filler, count: random.length(powersOfTwo: 8...19)).utf8)
        var out = bytes
        out.insert(contentsOf: run, at: fieldStart(in: bytes, &random))
        return out
    }

    /// A field's value replaced by an extreme number or a run of up to 40 digits.
    private static func extremeNumber(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let start = fieldStart(in: bytes, &random)
        var end = start
        while end < bytes.count, !isFieldEnd(bytes[end]) { end += 1 }
        var number = random.chance(50) ? random.pick(extremeNumbers) : ""
        if number.isEmpty {
            for _ in 0..<random.int(in: 1...40) { number += String(random.int(in: 0...9)) }
        }
        var out = bytes
        out.replaceSubrange(start..<end, with: Array(number.utf8))
        return out
    }

    /// Each byte widened to a UTF-16 code unit (Latin-1 to UTF-16 is exactly that), after a byte-order mark.
    private static func utf16(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        out.reserveCapacity(2 + 2 * bytes.count)
        for byte in bytes.prefix(maximumSize / 2) {
            out.append(bigEndian ? 0 : byte)
            out.append(bigEndian ? byte : 0)
        }
        return out
    }

    /// Every line end made CRLF, CR, LF CR or CR CR LF, or (sometimes) a mix, line by line.
    private static func lineEnds(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let styles: [[UInt8]] = [[0x0D, 0x0A], [0x0D], [0x0A, 0x0D], [0x0D, 0x0D, 0x0A], [0x0A]]
        let mixed = random.chance(30)
        var style = random.pick(Array(styles.dropLast()))
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes where byte != 0x0D {
            if byte != 0x0A {
                out.append(byte)
            } else {
                if mixed { style = random.pick(styles) }
                out.append(contentsOf: style)
            }
        }
        return out
    }

    /// One to eight of `pieces`, each at a random place or where a field starts.
    private static func scatter(_ pieces: [[UInt8]], in bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<random.int(in: 1...8) {
            let piece = random.pick(pieces)
            let place = somePlace(in: out, &random)
            out.insert(contentsOf: piece, at: place)
        }
        return out
    }

    /// Runs of one of `pieces`, up to 16,000 long, at one to four places.
    private static func storm(of pieces: [[UInt8]], in bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<random.int(in: 1...4) {
            let piece = random.pick(pieces)
            let run = Array([[UInt8]](repeating: piece, count: random.length(powersOfTwo: 0...13)).joined())
            let place = somePlace(in: out, &random)
            out.insert(contentsOf: run, at: place)
        }
        return out
    }

    /// Elements nested up to 100,000 deep where a field starts, closed again or (sometimes) left open.
    private static func deepNesting(_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        let depth = random.chance(20) ? 100_000 : min(100_000, random.length(powersOfTwo: 5...16))
        let name = random.pick(["A", "CHILD", "EPISODE", "HEADER", "DECOM"])
        var nest = Array(String(repeating: "<\(name)>", count: depth).utf8)
        if random.chance(70) { nest += Array(String(repeating: "</\(name)>", count: depth).utf8) }
        var out = bytes
        out.insert(contentsOf: nest, at: fieldStart(in: bytes, &random))
        return out
    }

    private static func somePlace(in bytes: [UInt8], _ random: inout FuzzRandom) -> Int {
        random.chance(50) ? fieldStart(in: bytes, &random) : random.int(in: 0...bytes.count)
    }

    /// A random place just after a `,`, `>` or line feed, where a field or an element's text starts (the end of
    /// the file when there is none after the place drawn).
    private static func fieldStart(in bytes: [UInt8], _ random: inout FuzzRandom) -> Int {
        var index = random.int(in: 0...bytes.count)
        while index < bytes.count, bytes[index] != 0x2C, bytes[index] != 0x3E, bytes[index] != 0x0A { index += 1 }
        return min(index + 1, bytes.count)
    }

    /// A comma, a line end or the `<` of the tag after an element's text.
    private static func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x3C
    }
}

/// Damage to a CSV file's column line and rows. Lines and fields are split without honouring quotes: close
/// enough to spoil a file with.
