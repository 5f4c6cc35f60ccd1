import Foundation
import Testing

/// `hearth import ssda903 --set-aside-invalid` and `hearth import set-aside`, end to end: strict refuses and
/// names the option; with it the rest goes in and the rows are listed; a corrected return clears them.
@Suite("hearth import: setting invalid rows aside", .serialized)
struct SetAsideCommandTests {
    static let header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,04/05/2000,WBRI,,,\n2,2,01/01/2012,WBRI,,,\n"
    static let columns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN"
    /// Row 3: an episode ending before it starts.
    static let episodes = """
        \(columns)
        1,01/04/2017,S,C2,N1,U4,PR1,04/05/2018,E4A,,,,
        1,05/05/2018,L,V2,N1,U4,PR1,04/05/2018,E4A,,,,
        2,01/06/2020,S,C2,N1,U1,PR1,,,,,,

        """

    func write(_ work: Workspace, _ episodes: String) throws -> String {
        let folder = work.path("returns/879/2021")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.header.write(toFile: folder + "/header.csv", atomically: true, encoding: .utf8)
        try episodes.write(toFile: folder + "/episodes.csv", atomically: true, encoding: .utf8)
        return work.path("returns/879")
    }

    @Test func strictNamesTheOptionAndTheOptionSetsTheRowAside() throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite"), returns = try write(work, Self.episodes)
        let strict = try work.hearth(["import", "ssda903", returns, "--db", db])
        #expect(strict.status != 0)
        #expect(strict.err.contains("2021/episodes.csv:3: DEC:"))
        #expect(strict.err.contains("run again with --set-aside-invalid"))

        let lenient = try work.hearth(["import", "ssda903", returns, "--set-aside-invalid", "--db", db])
        lenient.expectSuccess()
        #expect(lenient.out.contains("1 episode row set aside (1 child affected)"))
        let listed = try work.hearth(["import", "set-aside", "--format", "csv", "--db", db])
        listed.expectSuccess()
        let lines = listed.out.split(separator: "\n")
        #expect(lines.count == 2 && lines[1].hasPrefix("879,2021,") && lines[1].contains(",3,DEC,"))

        // The corrected return (DEC after DECOM) is brought again: the row is supplied and leaves the list.
        let corrected = Self.episodes.replacingOccurrences(
            of: "1,05/05/2018,L,V2,N1,U4,PR1,04/05/2018", with: "1,05/05/2018,L,V2,N1,U4,PR1,06/05/2018")
        _ = try write(work, corrected)
        try work.hearth(["import", "ssda903", returns, "--db", db]).expectSuccess()
        #expect(try work.hearth(["import", "set-aside", "--db", db]).out.contains("No rows are set aside."))
    }
}
