import CareModel
import Foundation
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Reading SSDA903 files straight into histories, one authority per core")
struct SSDA903ReaderHistoriesTests {
    /// Three generated authorities, three years of returns each, written as files; plus a file whose LA
    /// column puts its rows in two authorities, one of them also in a folder of its own.
    @Test func sameHistoriesAsReadingThenMerging() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let region = SyntheticRegion.generate(SyntheticRegion.Settings(seed: 11, authorities: 3, years: 3))
        _ = try region.write(to: folder.path + "/returns")
        let mixed = region.authorities.map(\.code)
        folder.write(
            "returns/mixed/2025-header.csv",
            """
            LA,\(Fixture.headerColumns)
            \(mixed[0]),ZZ1,1,01/02/2012,WBRI,,,
            \(mixed[1]),ZZ2,2,01/02/2013,WBRI,,,
            """)
        folder.write(
            "returns/mixed/2025-episodes.csv",
            """
            LA,\(Fixture.episodeColumns)
            \(mixed[1]),ZZ2,01/04/2024,S,C2,N1,U4,PR1,,,,,,
            \(mixed[0]),ZZ1,01/05/2024,S,C2,N1,K2,PR4,01/06/2024,E11,,,,
            """)
        let reader = SSDA903Reader()
        let expected = HistoryMerge.histories(of: try reader.read(paths: [folder.path + "/returns"]))
        let histories = try reader.histories(paths: [folder.path + "/returns"])
        #expect(Set(histories.map(\.authority)).count == 3)
        #expect(histories.contains { $0.child.id == "ZZ1" } && histories.contains { $0.child.id == "ZZ2" })
        #expect(histories == expected)
    }

    @Test func problemsAreTheSameAsReading() {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write(
            "879/2025-episodes.csv",
            """
            \(Fixture.episodeColumns)
            1,2020-13-01,Q,C2,N1,U4,PR1,,,,,,
            """)
        folder.write("879/2025-header.csv", "\(Fixture.headerColumns)\n1,M,01/02/2010,WBRI,,,\n")
        func problems(_ read: () throws -> Void) -> [String] {
            do { try read(); return [] } catch {
                return (error as? SSDA903ReadFailure)?.problems.map(\.description) ?? ["\(error)"]
            }
        }
        let reader = SSDA903Reader()
        let viaRead = problems { _ = try reader.read(paths: [folder.path]) }
        #expect(viaRead.count == 2)  // the date and the reason for a new episode
        #expect(problems { _ = try reader.histories(paths: [folder.path]) } == viaRead)
        #expect(
            problems { _ = try reader.histories(paths: []) } == [
                "(no files given): no SSDA903 Header, Episodes or XML return found"
            ])
    }
}
