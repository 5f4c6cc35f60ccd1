import Testing

@testable import Interchange

@Suite("CSV reader (RFC 4180)")
struct CSVTableTests {
    /// (what, CSV text, expected columns, expected rows)
    static let wellFormedCases: [(String, String, [String], [[String]])] = [
        ("LF line ends", "A,B\n1,2\n3,4\n", ["A", "B"], [["1", "2"], ["3", "4"]]),
        ("CRLF line ends", "A,B\r\n1,2\r\n3,4\r\n", ["A", "B"], [["1", "2"], ["3", "4"]]),
        ("CR line ends (old Mac)", "A,B\r1,2\r", ["A", "B"], [["1", "2"]]),
        ("no line end after last row", "A,B\n1,2", ["A", "B"], [["1", "2"]]),
        ("byte-order mark dropped", "\u{FEFF}CHILD,SEX\n7,M\n", ["CHILD", "SEX"], [["7", "M"]]),
        ("quoted comma", "A,B\n\"Flat 1, High St\",2\n", ["A", "B"], [["Flat 1, High St", "2"]]),
        ("doubled quote", "A\n\"say \"\"hi\"\"\"\n", ["A"], [["say \"hi\""]]),
        ("quoted line breaks", "A,B\n\"line 1\r\nline 2\",x\n", ["A", "B"], [["line 1\r\nline 2", "x"]]),
        ("empty fields and trailing comma", "A,B,C\n,,\n1,,\n", ["A", "B", "C"], [["1", "", ""]]),
        ("quoted empty field", "A,B\n\"\",5\n", ["A", "B"], [["", "5"]]),
        ("blank lines skipped", "A\n\n1\n\n\n2\n", ["A"], [["1"], ["2"]]),
        ("column names trimmed", " A , B\n1,2\n", ["A", "B"], [["1", "2"]]),
        ("UTF-8 text", "NAME\nSiân Ó Briain\n", ["NAME"], [["Siân Ó Briain"]]),
    ]

    @Test("well-formed files", arguments: wellFormedCases)
    func wellFormed(_ what: String, _ text: String, _ columns: [String], _ rows: [[String]]) {
        let table = CSVTable(text: text)
        #expect(table.problems.isEmpty, "\(what)")
        #expect(table.columns == columns, "\(what)")
        #expect((0..<table.count).map(table.row) == rows, "\(what)")
    }

    @Test("rows are numbered as a spreadsheet shows them, quoted line breaks included")
    func sheetRows() {
        // Row 1 = column line; row 2 = "1"; row 3 is blank; row 4 holds a quoted field spanning two
        // lines; row 5 = "3".
        let table = CSVTable(text: "A\n1\n\n\"2a\n2b\"\n3\n")
        #expect((0..<table.count).map(table.sheetRow) == [2, 4, 5])
    }

    /// (what, CSV text, expected problems, rows still read)
    static let malformedCases: [(String, String, [CSVTable.Problem], Int)] = [
        (
            "too many fields", "A,B\n1,2\n1,2,3\n4,5\n",
            [.init(row: 3, message: "has 3 fields but the column line has 2")], 2
        ),
        (
            "too few fields", "A,B\n1\n",
            [.init(row: 2, message: "has 1 fields but the column line has 2")], 0
        ),
        (
            "text after a closing quote", "A,B\n\"x\"y,2\n3,4\n",
            [.init(row: 2, message: "has text after the closing quote of a field")], 1
        ),
        (
            "unclosed quote stops the scan", "A,B\n1,2\n\"3,4\n5,6\n",
            [.init(row: 3, message: "a quote opened in this row is never closed")], 1
        ),
    ]

    @Test("malformed rows are reported with their row and left out", arguments: malformedCases)
    func malformedRows(_ what: String, _ text: String, _ problems: [CSVTable.Problem], _ rows: Int) {
        let table = CSVTable(text: text)
        #expect(table.problems == problems, "\(what)")
        #expect(table.count == rows, "\(what)")
    }

    @Test("an empty or white-space file is empty", arguments: ["", "\n\r\n", "\u{FEFF}", "  \n"])
    func empty(_ text: String) {
        let table = CSVTable(text: text)
        #expect(table.isEmpty)
        #expect(table.columns.isEmpty)
        #expect(table.count == 0)
    }

    @Test("trimmed fields drop spaces and give nil when blank")
    func trimmed() {
        let table = CSVTable(text: "A,B,C\n  U4 ,\"  \", \"x\"\n")
        // The third field starts with a space before the quote, so it is not a quoted field: RFC 4180
        // only treats a quote as quoting when it opens the field. It stays as written.
        #expect(table.problems.isEmpty)
        #expect(table.trimmedField(0, 0) == "U4")
        #expect(table.trimmedField(0, 1) == nil)
        #expect(table.field(0, 2) == " \"x\"")
    }
}
