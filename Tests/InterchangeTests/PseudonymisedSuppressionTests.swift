import CareModel
import Testing

@testable import Interchange

/// Small-number suppression in the pseudonymised export: a quasi-identifying value that fewer than 6
/// children in the file share is left empty, a rare month of birth becoming its year first.
@Suite("Pseudonymised export: rare values suppressed")
struct PseudonymisedSuppressionTests {
    static let salt = PseudonymisedEpisodesTests.salt

    static func history(_ id: String, born: String, ethnicity: Ethnicity = .wbri, urn: String? = "SC123456")
        -> ChildHistory
    {
        let child = Child(id: id, sex: .male, dateOfBirth: Day(iso: born)!, ethnicity: ethnicity, isMother: false)
        let episode = Episode(
            childID: id, start: Day(iso: "2024-05-06")!, reasonNew: .s, legalStatus: .c2, place: .u4, provider: .pr4,
            homePostcode: "PL6 5AB", urn: urn)
        return ChildHistory(authority: "879", child: child, episodes: [episode])
    }

    /// Each child's exported row as `column name → value`, by the child's pseudonym.
    static func rows(_ histories: [ChildHistory]) -> [String: [String: String]] {
        let lines = PseudonymisedEpisodes.csv(histories, salt: salt).text.split(separator: "\r\n").dropFirst()
        var rows: [String: [String: String]] = [:]
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            rows[cells[1]] = Dictionary(uniqueKeysWithValues: zip(PseudonymisedEpisodes.columns, cells))
        }
        return rows
    }

    static func pseudonym(_ id: String) -> String { salt.pseudonym(for: ChildKey(authority: "879", child: id)) }

    /// Six WBRI children and one WIRI: WIRI is 1 child's (1–5, hidden), WBRI 6 children's (shown).
    @Test func rareEthnicityIsLeftEmpty() {
        let histories =
            (1...6).map { Self.history("W\($0)", born: "2012-07-19") } + [
                Self.history("R1", born: "2012-07-19", ethnicity: .wiri)
            ]
        let rows = Self.rows(histories)
        #expect(rows.count == 7)
        #expect(rows[Self.pseudonym("R1")]?["ethnicity"] == "")
        #expect((1...6).allSatisfy { rows[Self.pseudonym("W\($0)")]?["ethnicity"] == "WBRI" })
        // Everything else the seven share is shown: 7 children each.
        #expect(rows[Self.pseudonym("R1")]?["month_of_birth"] == "2012-07-01")
        #expect(rows[Self.pseudonym("R1")]?["home_sector"] == "PL6 5")
        #expect(rows[Self.pseudonym("R1")]?["urn"] == "SC123456")
        #expect(!PseudonymisedEpisodes.csv(histories, salt: Self.salt).text.contains("WIRI"))
    }

    /// Months of birth: six children born in July 2012 keep "2012-07-01"; six born in six different months
    /// of 2010 (each month 1 child) become "2010", which 6 share; one born in 2008 (1 child, and 1 in its
    /// year) is left empty.
    @Test func rareMonthOfBirthBecomesItsYearOrNothing() {
        let july = (1...6).map { Self.history("J\($0)", born: "2012-07-\(10 + $0)") }
        let spread = (1...6).map { Self.history("S\($0)", born: "2010-0\($0)-15") }
        let rows = Self.rows(july + spread + [Self.history("L1", born: "2008-02-29")])
        #expect((1...6).allSatisfy { rows[Self.pseudonym("J\($0)")]?["month_of_birth"] == "2012-07-01" })
        #expect((1...6).allSatisfy { rows[Self.pseudonym("S\($0)")]?["month_of_birth"] == "2010" })
        #expect(rows[Self.pseudonym("L1")]?["month_of_birth"] == "")
    }

    /// A value is judged by the children who share it, not the rows: one child with six episodes at the
    /// same provider is still one child, and the URN is hidden.
    @Test func countsChildrenNotEpisodes() {
        var one = Self.history("E1", born: "2012-07-19", urn: "SC999999")
        let first = one.episodes[0]
        one.episodes = (0..<6).map { i in
            var episode = first
            episode.start = first.start.adding(days: 30 * i)
            return episode
        }
        let histories = [one] + (1...5).map { Self.history("W\($0)", born: "2012-07-19") }
        let text = PseudonymisedEpisodes.csv(histories, salt: Self.salt).text
        #expect(text.split(separator: "\r\n").count == 1 + 6 + 5)
        #expect(!text.contains("SC999999"))  // 1 child
        #expect(!text.contains("SC123456"))  // 5 children
        #expect(text.contains("2012-07-01"))  // all 6 children
    }

    /// The same children in any order give the same file: suppression depends on what is in it only.
    @Test func orderDoesNotMatter() {
        let histories =
            (1...6).map { Self.history("W\($0)", born: "2012-07-19") } + [
                Self.history("R1", born: "2011-01-01", ethnicity: .wiri, urn: nil)
            ]
        #expect(
            PseudonymisedEpisodes.csv(histories, salt: Self.salt).text
                == PseudonymisedEpisodes.csv(histories.reversed(), salt: Self.salt).text)
    }

    /// The rule's columns are all export columns.
    @Test func quasiIdentifiersAreColumns() {
        #expect(PseudonymisedEpisodes.quasiIdentifiers.allSatisfy(PseudonymisedEpisodes.columns.contains))
    }
}
