import Testing

@testable import Interchange

/// Formula injection: text a spreadsheet would run is written with an apostrophe in front; numbers stay
/// numbers; and what Hearth writes reads back exactly.
@Suite("CSV cells that a spreadsheet would run as formulas")
struct CSVFormulaTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+1-2", "'+1-2"),  // not a number: a sum
        ("-A1", "'-A1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),  // already an apostrophe before a trigger: one more, so the reader keeps it
        ("''@x", "'''@x"),
        ("'plain", "'plain"),  // an apostrophe before ordinary text is left alone
        ("-0.110", "-0.110"),  // a negative variance is a number
        ("+3", "+3"),
        ("-12", "-12"),
        ("1.5e-3", "1.5e-3"),
        ("-", "'-"),  // a dash on its own is not a number
        ("Rowan House", "Rowan House"),
        ("", ""),
    ])
    func neutralised(field: String, written: String) {
        #expect(CSVFormula.neutralised(field) == written)
    }

    /// Every field above, written by CSVWriter and read by CSVTable, comes back as it was.
    @Test func whatIsWrittenReadsBack() {
        let fields = [
            "=HYPERLINK(\"http://x\",\"y\")", "+1-2", "-A1", "@SUM(A1)", "\tx", "'=x", "''=x", "'plain",
            "-0.110", "+3", "-", "a,b", "say \"hi\"", "line\nbreak",
        ]
        var writer = CSVWriter(header: fields.indices.map { "c\($0)" })
        writer.append(fields)
        let table = CSVTable(bytes: writer.bytes)
        #expect(table.problems.isEmpty)
        #expect(table.row(0) == fields)
    }

    /// The security review's case: an ID that would be a link in Excel is text in the file.
    @Test func aFormulaChildIDIsTextInTheFile() {
        var writer = CSVWriter(header: ["child", "net_weekly"])
        writer.append(["=HYPERLINK(\"http://evil.example\",\"A1\")", "-350.00"])
        #expect(
            writer.text == "child,net_weekly\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"A1\"\")\",-350.00\r\n")
    }
}
