/// Spreadsheet formula injection ("CSV injection", OWASP): a cell a spreadsheet would take as a formula
/// — text starting with `=`, `+`, `-`, `@`, a tab or a carriage return — is written with an apostrophe
/// before it, which spreadsheets show as text (and so does text of apostrophes before such a character,
/// so that reading can tell the two apart). Numbers (negative variances included) are left as plain
/// numbers. The readers drop that one apostrophe again, so every file Hearth writes reads back as it was.
enum CSVFormula {
    /// The first bytes that make a spreadsheet evaluate a cell.
    static let triggers: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
    static let apostrophe = UInt8(ascii: "'")

    /// The field as written: text that could run as a formula, or that already starts with an apostrophe
    /// before such a character (so the reader cannot mistake it), gets an apostrophe in front.
    static func neutralised(_ field: String) -> String {
        let bytes = field.utf8
        guard let first = bytes.first else { return field }
        if triggers.contains(first) { return isNumber(field) ? field : "'" + field }
        if first == apostrophe, isNeutralisedPrefix(bytes) { return "'" + field }
        return field
    }

    /// Whether a field's bytes are apostrophes and then a trigger: the writer puts one more apostrophe in
    /// front of such a field (of a formula, no apostrophe yet), and the reader takes one away.
    static func isNeutralisedPrefix<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let rest = bytes.drop { $0 == apostrophe }
        guard rest.count < bytes.count, let next = rest.first else { return false }
        return triggers.contains(next)
    }

    /// A plain decimal number: optional sign, digits with at most one point, optional exponent.
    static func isNumber(_ field: String) -> Bool {
        var digits = 0, points = 0, index = field.utf8.startIndex
        let bytes = field.utf8
        if let first = bytes.first, first == 0x2B || first == 0x2D { index = bytes.index(after: index) }
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x30...0x39: digits += 1
            case 0x2E: points += 1
            case 0x45, 0x65: return digits > 0 && points <= 1 && isExponent(bytes[bytes.index(after: index)...])
            default: return false
            }
            index = bytes.index(after: index)
        }
        return digits > 0 && points <= 1
    }

    private static func isExponent(_ rest: Substring.UTF8View.SubSequence) -> Bool {
        var bytes = rest[...]
        if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy { (0x30...0x39).contains($0) }
    }
}
