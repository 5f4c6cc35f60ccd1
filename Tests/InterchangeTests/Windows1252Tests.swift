import CareModel
import Testing

@testable import Interchange

/// Excel's plain "CSV" is Windows-1252: `Café £` must stay `Café £`, not become replacement characters
/// (the review found it stored as `Caf� �` with exit status 0).
@Suite("Windows-1252 files are converted, and said to be")
struct Windows1252Tests {
    /// "Café £5 – ‘x’ €": é = E9, £ = A3, en dash = 96, quotes = 91/92, euro = 80 in Windows-1252.
    static let bytes: [UInt8] =
        Array("name\r\nCaf".utf8) + [0xE9] + Array(" ".utf8) + [0xA3] + Array("5 ".utf8)
        + [0x96] + Array(" ".utf8) + [0x91] + Array("x".utf8) + [0x92] + Array(" ".utf8) + [0x80] + Array("\r\n".utf8)

    @Test func aWindows1252FileReadsAsItsText() {
        let table = CSVTable(bytes: Self.bytes)
        #expect(table.wasWindows1252)
        #expect(table.field(0, 0) == "Café £5 – ‘x’ €")
    }

    @Test func utf8IsLeftAsItIs() {
        let table = CSVTable(text: "name\r\nCafé £5 – ‘x’ €\r\n")
        #expect(!table.wasWindows1252)
        #expect(table.field(0, 0) == "Café £5 – ‘x’ €")
    }

    /// Every byte maps to a character: the five bytes Windows-1252 leaves undefined keep their Latin-1 code
    /// points, so nothing is dropped or replaced.
    @Test func everyByteHasACharacter() {
        let all = Windows1252.utf8(from: Array(0...255))
        #expect(String(decoding: all, as: UTF8.self).unicodeScalars.count == 256)
        #expect(!String(decoding: all, as: UTF8.self).contains("\u{FFFD}"))
    }

    /// The SSDA903 import report names the file it converted.
    @Test func theImportReportSaysSo() throws {
        // An extra column (ignored) holds the one byte that is not UTF-8.
        var episodes = Array(
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,NOTE\r\n"
                .utf8)
        episodes += Array("A1,01/04/2024,S,C2,N1,U4,PR1,,,,,,,Caf".utf8) + [0xE9] + Array("\r\n".utf8)
        let header = Array("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nA1,1,01/01/2012,WBRI,UN1,,\r\n".utf8)
        let extract = try SSDA903Reader(defaultAuthority: "990").read(contents: [
            ("2025-header.csv", header), ("2025-episodes.csv", episodes),
        ])
        #expect(extract.report.warnings.contains { $0.hasPrefix("2025-episodes.csv was not UTF-8") })
        #expect(!extract.report.warnings.contains { $0.hasPrefix("2025-header.csv") })
    }
}
