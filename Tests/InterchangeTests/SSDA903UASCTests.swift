import CareModel
import Testing

@testable import Interchange

/// The UASC table (CHILD, SEX, DOB, DUC) and newer Headers' own UASC and DUC columns: stored per child with
/// the day the status ceased, kept once recorded ("ever UASC", as the regional model keeps it).
@Suite("SSDA903 UASC status")
struct SSDA903UASCTests {
    typealias F = Fixture
    static let header = "\(F.headerColumns)\n1,M,01/05/2008,WBRI,,,\n2,F,01/06/2009,WBRI,,,\n"
    static let episodes = "\(F.episodeColumns)\n1,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n2,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n"

    static func sent(_ name: String, _ text: String) -> (name: String, bytes: [UInt8]) { (name, Array(text.utf8)) }

    static func histories(_ files: [(name: String, bytes: [UInt8])]) throws -> [ChildHistory] {
        HistoryMerge.merge(try SSDA903Reader().read(contents: files), into: []).changed
    }

    @Test(
        "tables are told apart by their columns",
        arguments: [
            ("CHILD,SEX,DOB,DUC", SSDA903Table.uasc),
            ("CHILD,DUC,YEAR", .uasc),  // the regional model's concatenated layout
            ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC,DUC", .header),  // a newer header
            ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", .header),
            ("SEX,DOB,DUC", .incomplete(.uasc, missing: ["CHILD"])),
        ])
    func detection(columns: String, table: SSDA903Table) {
        #expect(SSDA903Table.detect(columns: columns.split(separator: ",").map(String.init)) == table)
    }

    @Test func theUASCTableGivesTheChildItsStatusAndDateCeased() throws {
        let histories = try Self.histories([
            Self.sent("2025-header.csv", Self.header), Self.sent("2025-episodes.csv", Self.episodes),
            Self.sent("2025-uasc.csv", "CHILD,SEX,DOB,DUC\n1,M,01/05/2008,30/04/2026\n"),
        ])
        let child = try #require(histories.first { $0.child.id == "1" }).child
        #expect(child.uasc == UASCStatus(ceased: F.day("2026-04-30")))
        // The status holds up to, not on, DUC.
        #expect(child.isUASC(on: F.day("2026-04-29")) && !child.isUASC(on: F.day("2026-04-30")))
        #expect(histories.first { $0.child.id == "2" }?.child.uasc == nil)
    }

    @Test func aNewerHeaderCarriesTheFlagItself() throws {
        let header = "\(F.headerColumns),UASC,DUC\n1,M,01/05/2008,WBRI,,,,1,\n2,F,01/06/2009,WBRI,,,,0,\n"
        let histories = try Self.histories([
            Self.sent("2025-header.csv", header), Self.sent("2025-episodes.csv", Self.episodes),
        ])
        #expect(histories.map(\.child.uasc) == [UASCStatus(ceased: nil), nil])
    }

    @Test func badFlagsAndADateCeasedWithoutTheFlagAreProblems() {
        let header = "\(F.headerColumns),UASC,DUC\n1,M,01/05/2008,WBRI,,,,2,\n2,F,01/06/2009,WBRI,,,,0,01/01/2026\n"
        do {
            _ = try SSDA903Reader().read(contents: [Self.sent("2025-header.csv", header)])
            Issue.record("a bad UASC value was accepted")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    "2025-header.csv:2: UASC: '2' is not a valid UASC value (1, 0 or blank)",
                    "2025-header.csv:3: DUC: is 01/01/2026 but UASC is not 1: only a UASC child has a date UASC ceased",
                ])
        }
    }

    /// A later header without the column (every header before 2023-24) does not clear the status, and
    /// bringing the same returns again changes nothing.
    @Test func onceRecordedTheStatusIsKept() throws {
        let first = try Self.histories([
            Self.sent("2025-header.csv", Self.header), Self.sent("2025-episodes.csv", Self.episodes),
            Self.sent("2025-uasc.csv", "CHILD,SEX,DOB,DUC\n1,M,01/05/2008,30/04/2026\n"),
        ])
        let later = try SSDA903Reader().read(contents: [Self.sent("2026-header.csv", Self.header)])
        let (changed, _) = HistoryMerge.merge(later, into: first)
        #expect(changed.isEmpty)
        let again = try SSDA903Reader().read(contents: [Self.sent("2025-uasc.csv", "CHILD,DUC\n1,30/04/2026\n")])
        #expect(HistoryMerge.merge(again, into: first).changed.isEmpty)
        // A later UASC table row with another DUC replaces the date.
        let moved = try SSDA903Reader().read(contents: [Self.sent("2026-uasc.csv", "CHILD,DUC\n1,15/03/2026\n")])
        #expect(
            HistoryMerge.merge(moved, into: first).changed.map(\.child.uasc) == [
                UASCStatus(ceased: F.day("2026-03-15"))
            ])
    }

    /// cs-demand-model's five returns list 31 UASC children (each with a header), counted with Python:
    /// the union of CHILD over 2017–2021-uasc.csv. Child 398768's only row (2017) gives DUC 12/12/2017.
    @Test func theDemandModelSampleHas31UASCChildren() throws {
        let extract = try SSDA903Reader().read(paths: [SSDA903SampleTests.demandModel])
        let histories = HistoryMerge.merge(extract, into: []).changed
        #expect(histories.count(where: { $0.child.uasc != nil }) == 31)
        let child = try #require(histories.first { $0.child.id == "398768" }).child
        #expect(child.uasc?.ceased == F.day("2017-12-12"))
    }
}
