import Testing

@testable import Interchange

@Suite("CSV writer (RFC 4180)")
struct CSVWriterTests {
    /// (what, field, as written)
    static let fields: [(String, String, String)] = [
        ("plain text is left alone", "Rowan House", "Rowan House"),
        ("empty stays empty", "", ""),
        ("spaces are kept, not quoted", "  PL6 5AB ", "  PL6 5AB "),
        ("a comma needs quotes", "Plymouth, Devon", "\"Plymouth, Devon\""),
        ("a quote is doubled inside quotes", "the \"Oaks\"", "\"the \"\"Oaks\"\"\""),
        ("a lone quote", "\"", "\"\"\"\""),
        ("a line feed needs quotes", "line 1\nline 2", "\"line 1\nline 2\""),
        ("a carriage return needs quotes", "a\rb", "\"a\rb\""),
        ("CRLF inside a field", "a\r\nb", "\"a\r\nb\""),
        ("non-ASCII is written as is", "£5,123.40", "\"£5,123.40\""),
        ("pound sign without a comma", "£250", "£250"),
    ]

    @Test("fields are quoted only when they must be", arguments: fields)
    func escape(_ what: String, _ field: String, _ written: String) {
        #expect(CSVWriter.escape(field) == written, "\(what)")
    }

    @Test("records end with CRLF by default; nil fields are empty")
    func records() {
        var csv = CSVWriter(header: ["urn", "name", "postcode"])
        csv.append(["SC123456", "Oak, Lodge", nil])
        csv.append(["1234567", "Say \"hi\"", "PL6 5AB"])
        #expect(csv.text == "urn,name,postcode\r\nSC123456,\"Oak, Lodge\",\r\n1234567,\"Say \"\"hi\"\"\",PL6 5AB\r\n")
        #expect(csv.records == 3)
        #expect(csv.bytes == Array(csv.text.utf8))
    }

    @Test("LF line endings when asked")
    func lineFeed() {
        var csv = CSVWriter(header: ["a", "b"], lineEnding: .lf)
        csv.append(["1", "x\ny"])
        #expect(csv.text == "a,b\n1,\"x\ny\"\n")
    }

    @Test("SSDA903 episodes table has exactly the DfE columns")
    func episodeColumns() {
        let csv = SSDA903CSVWriter.episodes([])
        #expect(
            csv.text
                == "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n")
        let header = SSDA903CSVWriter.header([], year: .init(2024))
        #expect(header.text == "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n")
    }
}
