import CareModel
import Testing

@testable import Interchange

/// A return's year when no file name or folder gives one (a browser sends names only): the return that holds
/// the file's latest episode date, and for a Header file the year of the Episodes files read with it. The rows,
/// the report and the placement-code warnings all use the year chosen, and the warnings say why it was chosen.
@Suite("SSDA903 return year from the files' contents")
struct SSDA903ReturnYearTests {
    typealias F = Fixture

    static let header = "\(F.headerColumns)\n1,1,04/05/2008,WBRI,,,\n2,2,10/10/2007,WBRI,,,\n"
    /// Child 1 in supported accommodation since June 2023, coded K3 in the 2024-25 return as the DfE asks; child
    /// 2's K3 episode began on 1 October 2024 (the latest DECOM) and ended on 14 March 2025, the latest date.
    static let episodes = """
        \(F.episodeColumns)
        1,01/06/2023,S,C2,N1,K3,PR4,,,,,,
        2,01/10/2024,S,C2,N1,K3,PR4,14/03/2025,E13,,,,

        """
    static let k3Warning =
        "PLACE K3 in a collection year when DfE did not accept it (valid from 2024-25); kept and counted as Supported"

    /// A reader whose "today" is fixed, so what counts as a date in the future does not depend on the day run.
    static func reader(today: String = "2025-06-30") -> SSDA903Reader {
        var reader = SSDA903Reader(defaultAuthority: "879")
        reader.today = F.day(today)
        return reader
    }

    static func sent(_ name: String, _ text: String) -> (name: String, bytes: [UInt8]) {
        (name, Array(text.utf8))
    }

    @Test func namesWithoutAYearTakeTheReturnOfTheLatestEpisodeDate() throws {
        let extract = try Self.reader().read(contents: [
            Self.sent("header.csv", Self.header), Self.sent("episodes.csv", Self.episodes),
        ])
        // 14 March 2025 (a DEC after the latest DECOM) is in 2024-25, the return ending in 2025; the header,
        // with no episode dates, takes the year of the Episodes file sent with it.
        #expect(extract.report.files.map(\.returnYear) == [2025, 2025])
        #expect(extract.headers.map(\.returnYear) == [2025, 2025])
        #expect(extract.episodes.map(\.returnYear) == [2025, 2025])
        // Child 1's K3 is judged in 2024-25, when the DfE accepts K3: no warning. (Judged by its DECOM, as a
        // file of unknown year was, it fell in 2023-24, before K3, and was wrongly warned about.)
        #expect(
            extract.report.warnings == [
                "header.csv: no year in its name; taken as the 2024-25 return, the year of the Episodes file sent "
                    + "with it. Put the year in the file name (2025-header.csv) to choose another.",
                "episodes.csv: no year in its name; taken as the 2024-25 return (its latest episode date is "
                    + "14 March 2025). Put the year in the file name (2025-episodes.csv) to choose another.",
            ])
    }

    /// Latest date 1 February 2024 (a DEC): 2023-24, before the DfE accepted K3, so the K3 is warned about.
    @Test func placementCodesAreJudgedByTheYearTaken() throws {
        let episodes = "\(F.episodeColumns)\n1,01/06/2023,S,C2,N1,K3,PR4,01/02/2024,E13,,,,\n"
        let extract = try Self.reader().read(contents: [Self.sent("episodes.csv", episodes)])
        #expect(extract.report.files.map(\.returnYear) == [2024])
        #expect(extract.report.warnings.last == "1 episode uses \(Self.k3Warning)")
        let note = "episodes.csv: no year in its name; taken as the 2023-24 return"
        #expect(extract.report.warnings.first?.hasPrefix(note) == true)
    }

    /// Today is 30 June 2025: the DEC of 14 March 2052 is a slip and counts for nothing, so the latest date is
    /// the DECOM of 1 February 2025 (2024-25). A file whose every date is after today keeps no year.
    @Test func datesAfterTodayDoNotCount() throws {
        let episodes = """
            \(F.episodeColumns)
            1,01/06/2024,S,C2,N1,U4,PR1,14/03/2052,E13,,,,
            2,01/02/2025,S,C2,N1,U4,PR1,,,,,,

            """
        let extract = try Self.reader().read(contents: [Self.sent("episodes.csv", episodes)])
        #expect(extract.report.files.map(\.returnYear) == [2025])
        #expect(extract.report.warnings.first?.contains("(its latest episode date is 1 February 2025)") == true)

        let future = "\(F.episodeColumns)\n1,01/07/2025,S,C2,N1,U4,PR1,,,,,,\n"
        let unknown = try Self.reader().read(contents: [Self.sent("episodes.csv", future)])
        #expect(unknown.report.files.map(\.returnYear) == [nil])
        #expect(unknown.report.warnings.isEmpty)
    }

    /// 2024-episodes.csv is 2024 by its name and episodes.csv 2025 by its dates: two years, so the header's stays
    /// unknown. With both Episodes files in 2025, the header takes 2025 and the note names both ("files").
    @Test func aHeaderTakesTheEpisodesYearOnlyWhenThereIsOne() throws {
        let older = "\(F.episodeColumns)\n1,01/06/2023,S,C2,N1,U4,PR1,,,,,,\n"
        let two = try Self.reader().read(contents: [
            Self.sent("header.csv", Self.header), Self.sent("2024-episodes.csv", older),
            Self.sent("episodes.csv", Self.episodes),
        ])
        #expect(two.report.files.map(\.returnYear) == [nil, 2024, 2025])
        #expect(two.headers.map(\.returnYear) == [nil, nil])
        #expect(!two.report.warnings.contains { $0.hasPrefix("header.csv") })

        let one = try Self.reader().read(contents: [
            Self.sent("header.csv", Self.header), Self.sent("2025-episodes.csv", older),
            Self.sent("episodes.csv", Self.episodes),
        ])
        #expect(one.report.files.map(\.returnYear) == [2025, 2025, 2025])
        #expect(one.report.warnings.first?.contains("the year of the Episodes files sent with it") == true)
    }

    /// The names say 2024 (2023-24), though the dates would say 2024-25: the names win, no note is added, and
    /// both K3 episodes are judged in 2023-24, before the DfE accepted K3.
    @Test func aYearInTheNameStillWins() throws {
        let extract = try Self.reader().read(contents: [
            Self.sent("2024-header.csv", Self.header), Self.sent("2024-episodes.csv", Self.episodes),
        ])
        #expect(extract.report.files.map(\.returnYear) == [2024, 2024])
        #expect(extract.episodes.map(\.returnYear) == [2024, 2024])
        #expect(extract.report.warnings == ["2 episodes use \(Self.k3Warning)"])
    }

    /// Files on disk: a folder without a year reads as the upload does (the note names folders too and says
    /// "read with it"); a folder named 2024 still says 2024.
    @Test func pathsWithoutAYearAreTakenFromTheirDatesAndFoldersStillWin() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write("returns/header.csv", Self.header)
        folder.write("returns/episodes.csv", Self.episodes)
        let extract = try Self.reader().read(paths: [folder.path + "/returns"])
        let paths = ["episodes.csv", "header.csv"].map { folder.path + "/returns/" + $0 }
        #expect(extract.report.files.map(\.path) == paths)
        #expect(extract.report.files.map(\.returnYear) == [2025, 2025])
        #expect(
            extract.report.warnings.first
                == "\(folder.path)/returns/episodes.csv: no year in its name or folders; taken as the 2024-25 return "
                + "(its latest episode date is 14 March 2025). Put the year in the file name (2025-episodes.csv) "
                + "to choose another.")
        let header = "the year of the Episodes file read with it. Put the year in the file name (2025-header.csv) "
        #expect(extract.report.warnings.last?.hasSuffix(header + "to choose another.") == true)

        folder.write("named/2024/episodes.csv", Self.episodes)
        let named = try Self.reader().read(paths: [folder.path + "/named"])
        #expect(named.report.files.map(\.returnYear) == [2024])
        #expect(named.report.warnings == ["2 episodes use \(Self.k3Warning)"])
    }

    /// A row set aside carries the year taken, as the rows imported do, so a later import of the same return
    /// (same file name, authority and year) clears it.
    @Test func rowsSetAsideCarryTheYearTaken() throws {
        var reader = Self.reader()
        reader.setsAsideInvalid = true
        let episodes = Self.episodes + "3,01/05/2024,S,C2,N1,Q9,PR4,,,,,,\n"
        let extract = try reader.read(contents: [Self.sent("episodes.csv", episodes)])
        #expect(extract.setAside.map(\.returnYear) == [2025])
        #expect(extract.report.files.map(\.returnYear) == [2025])
    }
}
