/// Builds CSV text the RFC 4180 way: fields separated by commas, records ended by CRLF, and a field
/// quoted (with its quotes doubled) only when it holds a comma, a quote, a CR or an LF. Text that a
/// spreadsheet would run as a formula is written with an apostrophe in front (see `CSVFormula`).
///
///     var csv = CSVWriter(header: ["name", "note"])
///     csv.append(["Rowan House", "says \"hello\", twice"])
///     csv.text   // "name,note\r\nRowan House,\"says \"\"hello\"\", twice\"\r\n"
public struct CSVWriter: Sendable {
    /// How records end: RFC 4180's CRLF, or a bare LF for tools that want one.
    public enum LineEnding: String, Sendable {
        case crlf = "\r\n"
        case lf = "\n"
    }

    public let lineEnding: LineEnding
    public private(set) var text: String = ""
    /// Records written so far, the header included.
    public private(set) var records = 0

    /// A writer with no records yet.
    public init(lineEnding: LineEnding = .crlf) {
        self.lineEnding = lineEnding
    }

    /// A writer whose first record is `header`.
    public init(header: [String], lineEnding: LineEnding = .crlf) {
        self.init(lineEnding: lineEnding)
        append(header)
    }

    /// Adds one record. An empty array writes an empty line (which readers take as one empty field).
    public mutating func append(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { text.append(",") }
            text.append(CSVWriter.escape(field))
        }
        text.append(lineEnding.rawValue)
        records += 1
    }

    /// Adds one record of optional fields; `nil` is written as an empty field.
    public mutating func append(_ fields: [String?]) {
        append(fields.map { $0 ?? "" })
    }

    /// The text as UTF-8 bytes, ready to write to a file.
    public var bytes: [UInt8] { Array(text.utf8) }

    /// A field as written: text a spreadsheet would run as a formula gets an apostrophe in front
    /// (`CSVFormula`), and the field is quoted when it must be, otherwise unchanged.
    public static func escape(_ field: String) -> String {
        let field = CSVFormula.neutralised(field)
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
            return field
        }
        var quoted = "\""
        for character in field.unicodeScalars {
            if character == "\"" { quoted.append("\"") }
            quoted.unicodeScalars.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}
