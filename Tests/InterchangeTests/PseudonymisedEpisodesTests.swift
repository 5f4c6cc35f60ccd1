import CareModel
import Foundation
import Testing

@testable import Interchange

@Suite("Pseudonymised export")
struct PseudonymisedEpisodesTests {
    static let salt = try! PseudonymSalt(bytes: Array("0123456789abcdef".utf8))

    static func history(_ la: String, _ id: String, born: String, home: String? = nil, placed: String? = nil)
        -> ChildHistory
    {
        let child = Child(
            id: id, sex: .female, dateOfBirth: Day(iso: born)!, ethnicity: .wbri, upn: "A123456789012",
            isMother: false, motherChildDateOfBirth: Day(iso: "2024-02-03"))
        let episode = Episode(
            childID: id, start: Day(iso: "2024-05-06")!, reasonNew: .s, legalStatus: .c2,
            categoryOfNeed: .n1, place: .u4, provider: .pr4, end: Day(iso: "2025-01-02"),
            reasonEnded: .e11, homePostcode: home, placementPostcode: placed, urn: "SC123456")
        return ChildHistory(authority: la, child: child, episodes: [episode])
    }

    /// Expected hashes from Python: hashlib.sha256(b"0123456789abcdef" + b"879/A1").hexdigest(), etc.
    @Test(arguments: [
        (ChildKey(authority: "879", child: "A1"), "971e162c486302c3c214bddc4d27ff3f785e9f169e0b162405a30360c0f54ca3"),
        (ChildKey(authority: "990", child: "A1"), "85e6e5f7863e42fb901aacc01956e92b5108ba13504d4a463a2630a3b0d1293f"),
        (ChildKey(authority: "879", child: "A2"), "94d044c41f429efef74759df28d94b130f8275593554968a095a6a9d5de2b4e1"),
    ])
    func pseudonymIsSaltedSHA256(key: ChildKey, hex: String) throws {
        #expect(Self.salt.pseudonym(for: key) == hex)
        // The same salt gives the same pseudonym every time; another salt gives another.
        #expect(try PseudonymSalt(bytes: Self.salt.bytes).pseudonym(for: key) == hex)
        #expect(try PseudonymSalt(bytes: Array("fedcba9876543210".utf8)).pseudonym(for: key) != hex)
    }

    /// Six children alike but for their IDs (879/A1 to A6): the fewest whose shared values (sex, month of
    /// birth, ethnicity, postcode sector, URN) the export writes out; one child alone would have every one
    /// of them suppressed (`PseudonymisedSuppressionTests`).
    static func sixAlike(born: String, home: String? = nil, placed: String? = nil) -> [ChildHistory] {
        (1...6).map { history("879", "A\($0)", born: born, home: home, placed: placed) }
    }

    /// (date of birth, month of birth as exported), for six children born that day.
    @Test(arguments: [
        ("2012-07-19", "2012-07-01"), ("2012-07-01", "2012-07-01"), ("2008-02-29", "2008-02-01"),
        ("2010-12-31", "2010-12-01"),
    ])
    func dateOfBirthToTheMonth(born: String, month: String) {
        let csv = PseudonymisedEpisodes.csv(Self.sixAlike(born: born), salt: Self.salt).text
        let rows = csv.split(separator: "\r\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.count == 6 && rows.allSatisfy { $0[3] == month })
        #expect(!csv.contains(born) || born == month)
    }

    /// 879/A1's row among six children alike (971e… is its pseudonym): every column, nothing identifying.
    @Test func rowHasEveryColumnAndNoIdentifier() throws {
        let histories = Self.sixAlike(born: "2012-07-19", home: "pl65ab", placed: "Not a postcode")
        let csv = PseudonymisedEpisodes.csv(histories, salt: Self.salt).text
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 7 && lines[0] == PseudonymisedEpisodes.columns.joined(separator: ","))
        let a1 = try #require(lines.first { $0.hasPrefix("879,971e162c") })
        #expect(
            a1 == "879,971e162c486302c3c214bddc4d27ff3f785e9f169e0b162405a30360c0f54ca3,F,2012-07-01,WBRI,0,2024-05-06,"
                + "S,C2,N1,U4,PR4,2025-01-02,E11,,PL6 5,,SC123456")
        for identifier in ["A1", "A123456789012", "2012-07-19", "2024-02-03", "PL6 5AB", "pl65ab"] {
            #expect(!a1.contains(identifier), "\(identifier)")
        }
    }

    /// Rows are ordered by authority, then pseudonym: 879/A2 (94d0…) before 879/A1 (971e…), then 990/A1.
    @Test func rowsAreInPseudonymOrder() {
        let csv = PseudonymisedEpisodes.csv(
            [
                Self.history("990", "A1", born: "2010-01-01"),
                Self.history("879", "A1", born: "2010-01-01"),
                Self.history("879", "A2", born: "2010-01-01"),
            ], salt: Self.salt
        ).text
        let pseudonyms = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1].prefix(4) }
        #expect(pseudonyms == ["94d0", "971e", "85e6"])
    }

    @Test func saltMustBeSixteenBytes() throws {
        #expect(throws: PseudonymSaltError.tooShort(source: "the salt", bytes: 15)) {
            try PseudonymSalt(bytes: Array("0123456789abcde".utf8))
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("salt-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Line endings are not part of the salt: 15 characters and a newline is still too short.
        let short = dir.appendingPathComponent("short").path
        try "0123456789abcde\n".write(toFile: short, atomically: true, encoding: .utf8)
        #expect(throws: PseudonymSaltError.tooShort(source: short, bytes: 15)) { try PseudonymSalt.read(file: short) }
        #expect(PseudonymSaltError.tooShort(source: short, bytes: 15).description.contains("at least 16"))
        let good = dir.appendingPathComponent("good").path
        try "0123456789abcdef\r\n".write(toFile: good, atomically: true, encoding: .utf8)
        #expect(try PseudonymSalt.read(file: good) == Self.salt)
        #expect(throws: PseudonymSaltError.self) {
            try PseudonymSalt.read(file: dir.appendingPathComponent("none").path)
        }
    }
}
