import CareModel
import Foundation
import Testing

@testable import Interchange

/// `--set-aside-invalid`: rows that break a rule are set aside with file, row, field and rule, and the rest
/// is read; a problem with a whole file still refuses.
@Suite struct SSDA903SetAsideTests {
    static let header = """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        1,1,04/05/2000,WBRI,,,
        2,2,01/01/2012,WBRI,,,
        3,1,01/01/2013,WBRI,,,

        """
    /// Row 3 (child 1) ends before it starts: the shape of a legal-status row of a child who turned 18; row
    /// 5 (child 3) has an unknown placement code.
    static let episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        1,01/04/2017,S,C2,N1,U4,PR1,04/05/2018,E4A,,,,
        1,05/05/2018,L,V2,N1,U4,PR1,04/05/2018,E4A,,,,
        2,01/06/2020,S,C2,N1,U1,PR1,,,,,,
        3,01/07/2021,S,C2,N1,Z9,PR1,,,,,,

        """

    @Test func strictRefusesAndSaysTheRowsCouldBeSetAside() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let paths = [folder.write("2021/header.csv", Self.header), folder.write("2021/episodes.csv", Self.episodes)]
        #expect {
            _ = try SSDA903Reader(defaultAuthority: "879").read(paths: paths)
        } throws: { error in
            guard let failure = error as? FileReadFailure else { return false }
            // Two rows broke rules: both could be set aside.
            return failure.problems.map { "\($0.row ?? 0) \($0.field ?? "")" } == ["3 DEC", "5 PLACE"]
                && failure.problems.allSatisfy(\.canBeSetAside)
        }
    }

    @Test func invalidRowsAreSetAsideAndTheRestRead() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let paths = [folder.write("2021/header.csv", Self.header), folder.write("2021/episodes.csv", Self.episodes)]
        var reader = SSDA903Reader(defaultAuthority: "879")
        reader.setsAsideInvalid = true
        let extract = try reader.read(paths: paths)
        #expect(extract.headers.count == 3)
        #expect(extract.episodes.map(\.episode.childID) == ["1", "2"], "child 1 keeps its other episode")
        #expect(extract.setAside.map(\.row) == [3, 5])
        let first = try #require(extract.setAside.first)
        #expect(first.file.hasSuffix("2021/episodes.csv") && first.field == "DEC" && first.child == "1")
        #expect(first.kind == .episode && first.start == "2018-05-05" && first.returnYear == 2021)
        #expect(first.rule.contains("an episode cannot end before it starts"))
        // 2 episode rows of 2 children (1 and 3).
        #expect(extract.report.warnings.contains { $0.hasPrefix("2 episode rows set aside (2 children affected)") })
    }

    /// A missing column is a problem with the whole file: setting rows aside cannot help, so it refuses.
    @Test func aProblemWithAWholeFileStillRefuses() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let broken = Self.episodes.replacingOccurrences(of: "CHILD,DECOM,RNE,LS", with: "CHILD,DECOM,RNE,LX")
        let paths = [folder.write("2021/header.csv", Self.header), folder.write("2021/episodes.csv", broken)]
        var reader = SSDA903Reader(defaultAuthority: "879")
        reader.setsAsideInvalid = true
        #expect {
            _ = try reader.read(paths: paths)
        } throws: { error in
            (error as? FileReadFailure)?.problems.contains { !$0.canBeSetAside } == true
        }
    }
}
