import Foundation
import Testing

/// `hearth summary` and `hearth project` for a group of children (--sex, --uasc, --age-band), from returns
/// with a UASC table, end to end.
@Suite("hearth summary and project: groups of children", .serialized)
struct SummaryGroupCommandTests {
    static let header = """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        1,M,01/05/2008,WBRI,,,
        2,F,01/06/2012,WBRI,,,
        3,F,01/01/2015,WBRI,,,

        """
    static let episodes = """
        CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
        1,01/04/2024,S,C2,N1,U4,PR1,,,,,,
        2,01/04/2024,S,C2,N1,U4,PR1,,,,,,
        3,01/04/2024,S,C2,N1,U4,PR1,,,,,,

        """
    /// Child 1 is UASC until 30 April 2026; child 2's status ceased on 1 March 2025.
    static let uasc = "CHILD,SEX,DOB,DUC\n1,M,01/05/2008,30/04/2026\n2,F,01/06/2012,01/03/2025\n"

    func imported(_ work: Workspace) throws -> String {
        let folder = work.path("returns/879/2025")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in [("header.csv", Self.header), ("episodes.csv", Self.episodes), ("uasc.csv", Self.uasc)] {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let db = work.path("hearth.sqlite")
        try work.hearth(["import", "ssda903", work.path("returns"), "--db", db]).expectSuccess()
        return db
    }

    /// On 31 March 2025: child 1 (16, UASC), child 2 (12, no longer UASC), child 3 (10), all fostered in-house.
    @Test func summaryCountsOnlyTheGroup() throws {
        let work = try Workspace()
        let db = try imported(work)
        let cases: [([String], Int)] = [
            ([], 3), (["--uasc", "uasc"], 1), (["--uasc", "not-uasc"], 2), (["--sex", "F"], 2),
            (["--age-band", "10-15"], 2), (["--sex", "F", "--uasc", "uasc"], 0),
        ]
        for (options, children) in cases {
            let run = try work.hearth(["summary", "--date", "2025-03-31", "--format", "csv", "--db", db] + options)
            run.expectSuccess()
            let counts = run.out.split(whereSeparator: \.isNewline).dropFirst().compactMap {
                $0.split(separator: ",").last
            }
            #expect(counts.compactMap { Int($0) }.reduce(0, +) == children, "\(options)")
        }
        let table = try work.hearth(["summary", "--date", "2025-03-31", "--db", db])
        #expect(table.out.contains("Of whom unaccompanied asylum-seeking children (UASC): 1"))
        let girls = try work.hearth(["summary", "--date", "2025-03-31", "--sex", "F", "--db", db])
        #expect(girls.out.contains("Only: Female"))
        let wrong = try work.hearth(["summary", "--uasc", "maybe", "--db", db])
        #expect(wrong.status != 0 && wrong.err.contains("--uasc"))
    }

    @Test func projectionOfAGroup() throws {
        let work = try Workspace()
        let db = try imported(work)
        try work.hearth(["project", "--months", "3", "--uasc", "uasc", "--db", db]).expectSuccess()
        let band = try work.hearth([
            "project", "--months", "3", "--age-band", "16-plus", "--method", "montecarlo", "--db", db,
        ])
        #expect(band.status != 0)
        #expect(band.err.contains("--age-band works with the stock-and-flow (Markov) method only"))
    }
}
