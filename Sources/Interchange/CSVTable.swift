/// A comma-separated file read per RFC 4180: UTF-8 (a leading byte-order mark is dropped; a file that is
/// not valid UTF-8 is read as Windows-1252, which Excel writes, and says so), lines ending
/// in CRLF, LF or CR, fields optionally in double quotes with `""` for a quote, and commas and line
/// breaks allowed inside quoted fields. The first record holds the column names.
///
/// The file is scanned once over its bytes and fields are kept as byte ranges; a field only becomes a
/// `String` when asked for, because SSDA903 files run to 80,000+ rows and most columns are codes.
/// Rows are numbered as a spreadsheet shows them: the column-name line is row 1, the first data row is
/// row 2, and a quoted line break does not start a new row. Blank rows (and rows of empty fields, which
/// spreadsheets pad files with) are skipped but still counted in the numbering.
public struct CSVTable: Sendable {
    /// A row that could not be read: its row number and what is wrong with it.
    public struct Problem: Sendable, Hashable {
        public var row: Int
        public var message: String
    }

    /// Column names from the first record, with surrounding spaces removed.
    public private(set) var columns: [String] = []
    /// Malformed rows (wrong number of fields, unclosed quote, text after a closing quote), in row order.
    /// They are left out of the data rows.
    public private(set) var problems: [Problem] = []
    /// Whether the file had nothing in it but white space.
    public private(set) var isEmpty = true
    /// Whether the file was not UTF-8 and was read as Windows-1252 (what Excel's plain "CSV" is).
    public private(set) var wasWindows1252 = false

    private var bytes: [UInt8] = []
    private var spans: [Span] = []
    private var sheetRows: [Int] = []

    /// Where a field's content lies in `bytes` (surrounding quotes excluded); `escaped` when it holds `""`.
    struct Span: Sendable {
        var start: UInt32
        var end: UInt32
        var escaped: Bool
    }

    /// Reads a file's bytes.
    public init(bytes: [UInt8]) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        self.bytes = bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes
        if !Windows1252.isUTF8(self.bytes) {
            self.bytes = Windows1252.utf8(from: self.bytes)
            wasWindows1252 = true
        }
        guard self.bytes.count < Int(UInt32.max) else {
            problems = [Problem(row: 1, message: "file is larger than 4 GB")]
            return
        }
        isEmpty = self.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard !isEmpty else { return }
        scan()
    }

    /// Reads CSV text (for tests and small inputs).
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Number of data rows read (malformed and blank rows excluded).
    public var count: Int { sheetRows.count }

    /// The spreadsheet row number of data row `index` (0-based), e.g. 2 for the first.
    public func sheetRow(_ index: Int) -> Int { sheetRows[index] }

    /// The text of a field of data row `row` (0-based), exactly as written apart from the quoting.
    public func field(_ row: Int, _ column: Int) -> String {
        text(of: spans[row * columns.count + column], trimmed: false) ?? ""
    }

    /// All fields of data row `row` (0-based).
    public func row(_ row: Int) -> [String] {
        (0..<columns.count).map { field(row, $0) }
    }

    /// A field with surrounding spaces and tabs removed, or `nil` when that leaves nothing.
    func trimmedField(_ row: Int, _ column: Int) -> String? {
        text(of: spans[row * columns.count + column], trimmed: true)
    }

    private func text(of span: Span, trimmed: Bool) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            var start = Int(span.start), end = Int(span.end)
            // The apostrophe CSVWriter puts before text a spreadsheet would run as a formula, dropped before
            // trimming, so what the apostrophe protected (a leading tab, say) is trimmed as any text is.
            if end - start >= 2, buffer[start] == CSVFormula.apostrophe,
                CSVFormula.isNeutralisedPrefix(buffer[start..<end])
            {
                start += 1
            }
            if trimmed {
                while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
                while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
                if start == end { return nil }
            }
            let slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
            guard span.escaped else { return String(decoding: slice, as: UTF8.self) }
            return CSVTable.unescape(slice)
        }
    }

    /// Turns each `""` of a quoted field into one `"`.
    private static func unescape(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            out.append(slice[i])
            i += slice[i] == quote && i + 1 < slice.count && slice[i + 1] == quote ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
}

extension CSVTable {
    /// One pass over the bytes: records are split into field spans and kept when they have as many
    /// fields as the column line.
    private mutating func scan() {
        var scanner = CSVScanner()
        bytes.withUnsafeBufferPointer { scanner.scan($0) }
        problems = scanner.problems
        guard let header = scanner.records.first else { return }
        columns = scanner.spans[header.fields].map { span in text(of: span, trimmed: true) ?? "" }
        spans.reserveCapacity(scanner.spans.count)
        sheetRows.reserveCapacity(scanner.records.count)
        for record in scanner.records.dropFirst() where !isBlank(scanner.spans[record.fields]) {
            guard record.fields.count == columns.count else {
                problems.append(
                    Problem(
                        row: record.row,
                        message:
                            "has \(record.fields.count) fields but the column line has \(columns.count)"))
                continue
            }
            spans.append(contentsOf: scanner.spans[record.fields])
            sheetRows.append(record.row)
        }
        problems.sort { $0.row < $1.row }
    }

    private func isBlank(_ fields: ArraySlice<Span>) -> Bool {
        fields.allSatisfy { $0.start == $0.end }
    }
}

/// The state machine that splits CSV bytes into records of field spans. Spans of all records go into
/// one array (a record is a range of it), so a file of 100,000 rows makes no per-row allocations.
struct CSVScanner {
    struct Record {
        var row: Int
        var fields: Range<Int>
    }

    private(set) var problems: [CSVTable.Problem] = []
    private(set) var records: [Record] = []
    private(set) var spans: [CSVTable.Span] = []

    /// Splits `b` into records; a malformed record is reported and skipped. An unclosed quote ends
    /// the scan, since everything after it would be read as part of that field.
    mutating func scan(_ b: UnsafeBufferPointer<UInt8>) {
        var i = 0, row = 0
        while i < b.count {
            row += 1
            let first = spans.count
            switch readRecord(b, from: &i) {
            case .ok: records.append(Record(row: row, fields: first..<spans.count))
            case .textAfterQuote:
                spans.removeSubrange(first...)
                problems.append(.init(row: row, message: "has text after the closing quote of a field"))
                skipLine(b, from: &i)
            case .unclosedQuote:
                spans.removeSubrange(first...)
                problems.append(.init(row: row, message: "a quote opened in this row is never closed"))
                return
            }
        }
    }

    enum Outcome { case ok, textAfterQuote, unclosedQuote }

    /// Reads the fields of one record starting at `i`, leaving `i` after its line ending.
    private mutating func readRecord(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int) -> Outcome {
        while true {
            if i < b.count, b[i] == CSVTable.quote {
                guard let span = readQuoted(b, from: &i) else { return .unclosedQuote }
                spans.append(span)
                if i < b.count, b[i] != CSVTable.comma, b[i] != CSVTable.cr, b[i] != CSVTable.lf {
                    return .textAfterQuote
                }
            } else {
                let start = i
                while i < b.count, b[i] != CSVTable.comma, b[i] != CSVTable.cr, b[i] != CSVTable.lf { i += 1 }
                spans.append(.init(start: UInt32(start), end: UInt32(i), escaped: false))
            }
            if i < b.count, b[i] == CSVTable.comma { i += 1; continue }
            endLine(b, at: &i)
            return .ok
        }
    }

    /// Reads a quoted field whose opening quote is at `i`; `nil` when the quote is never closed.
    private func readQuoted(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int) -> CSVTable.Span? {
        let start = i + 1
        var j = start, escaped = false
        while j < b.count {
            if b[j] == CSVTable.quote {
                if j + 1 < b.count, b[j + 1] == CSVTable.quote { escaped = true; j += 2; continue }
                i = j + 1
                return .init(start: UInt32(start), end: UInt32(j), escaped: escaped)
            }
            j += 1
        }
        return nil
    }

    private func endLine(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) {
        if i < b.count, b[i] == CSVTable.cr { i += 1 }
        if i < b.count, b[i] == CSVTable.lf { i += 1 }
    }

    private func skipLine(_ b: UnsafeBufferPointer<UInt8>, from i: inout Int) {
        while i < b.count, b[i] != CSVTable.cr, b[i] != CSVTable.lf { i += 1 }
        endLine(b, at: &i)
    }
}
