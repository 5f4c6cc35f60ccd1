import CareModel
import Testing

@testable import Interchange

@Suite("Reading SSDA903 files")
struct SSDA903ReaderTests {
    typealias F = Fixture

    /// (columns, expected table)
    static let tableCases: [(String, SSDA903Table)] = [
        (F.episodeColumns, .episodes),
        (F.episodeColumns.replacingOccurrences(of: ",URN", with: ""), .episodes),
        (F.headerColumns, .header),
        ("child,sex,dob,ethnic,upn,mother,mc_dob,LA", .header),
        ("CHILD,SEX,DOB,DUC", .uasc),
        ("CHILD,DOB,REVIEW,REVIEW_CODE", .ignored("reviews")),
        ("CHILD,DOB,SDQ_SCORE,SDQ_REASON", .ignored("oc2")),
        ("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", .ignored("oc3")),
        ("CHILD,DOB,DATE_INT,DATE_MATCH", .ignored("ad1")),
        ("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED", .ignored("placed-adoption")),
        ("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", .ignored("prev-perm")),
        ("CHILD,DOB,MISSING,MIS_START,MIS_END", .ignored("missing")),
        ("CHILD,DOB,SW_ID,SW_DECOM", .ignored("sw-episodes")),
        ("CHILD,DOB,DOLO_START,DOLO_END", .ignored("dolo")),
        (
            "CHILD,DECOM,RNE,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,LA,YEAR",
            .incomplete(.episodes, missing: ["LS", "CIN", "HOME_POST", "PL_POST"])
        ),
        ("CHILD,SEX,DOB,ETHNIC", .incomplete(.header, missing: ["UPN", "MOTHER", "MC_DOB"])),
        (
            "CHILD,RNE,LS,PLACE",
            .incomplete(
                .episodes,
                missing: [
                    "DECOM", "CIN", "PLACE_PROVIDER", "DEC", "REC",
                    "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST",
                ])
        ),
        ("child,placement_start,placement_end,place,provider_type,weekly_cost", .unknown),
        ("PROVIDER,WEEKLY_COST", .unknown),
    ]

    @Test("the table is told from its columns", arguments: tableCases)
    func detect(_ columns: String, _ table: SSDA903Table) {
        let names = columns.split(separator: ",").map { String($0) }
        #expect(SSDA903Table.detect(columns: names) == table)
    }

    /// (file or folder name, return year)
    static let yearCases: [(String, Int?)] = [
        ("2017-episodes", 2017), ("episodes_2021", 2021), ("2025", 2025), ("903 2024-25 header", 2025),
        ("header_2024_25", 2025), ("2019-2020", 2020), ("2019-2021", 2019), ("2017-1", 2017),
        ("episodes", nil), ("20170401", nil),
        ("903", nil), ("1999-episodes", nil),
    ]

    @Test("the return year comes from a four-digit year in a name", arguments: yearCases)
    func returnYear(_ name: String, _ year: Int?) {
        #expect(SSDA903Source.returnYear(in: name) == year)
    }

    @Test("authority: LA column, else nearest LA-code folder, else the default; year from folder")
    func authorityAndYear() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write("region/879/2025/header.csv", "\(F.headerColumns)\n1,M,01/02/2010,,,,\n")
        folder.write(
            "region/E10000002/2025/header.csv",
            "\(F.headerColumns),LA\n2,F,01/02/2010,,,,,\n3,F,01/02/2010,,,,,Devon\n")
        folder.write("region/header-2024.csv", "\(F.headerColumns)\n4,U,01/02/2010,,,,\n")
        let extract = try SSDA903Reader(defaultAuthority: "XX").read(paths: [folder.path + "/region"])
        let rows = extract.headers.map { "\($0.authority)/\($0.child.id)/\($0.returnYear.map(String.init) ?? "-")" }
        #expect(rows == ["879/1/2025", "E10000002/2/2025", "Devon/3/2025", "XX/4/2024"])
    }

    @Test("SEX 1/2 and M/F/U are both read; MOTHER 1.0 and 0 are read")
    func sexAndMother() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let file = folder.write(
            "header.csv",
            """
            \(F.headerColumns)
            a,1,01/02/2010,WBRI,,,
            b,2,01/02/2008,,,1.0,03/04/2024
            c,M,01/02/2010,,,0,
            d,F,01/02/2010,,,0.0,
            e,U,2010-02-01,,,,
            """)
        let children = try SSDA903Reader().read(paths: [file]).headers.map(\.child)
        #expect(children.map(\.sex) == [.male, .female, .male, .female, .unknown])
        #expect(children.map(\.isMother) == [nil, true, false, false, nil])
        #expect(children[1].motherChildDateOfBirth == F.day("2024-04-03"))
        #expect(children[4].dateOfBirth == F.day("2010-02-01"))
    }

    @Test("a folder's other tables and non-903 CSV files are listed as ignored")
    func ignoredFiles() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write("2021/header.csv", "\(F.headerColumns)\n1,M,01/02/2010,,,,\n")
        folder.write("2021/reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/02/2010,01/03/2021,PN1\n")
        folder.write("2021/costs.csv", "PROVIDER,WEEKLY_COST\nX,100\n")
        folder.write("2021/.hidden.csv", "junk")
        folder.write("2021/notes.txt", "not read")
        let report = try SSDA903Reader().read(paths: [folder.path]).report
        #expect(report.files.map(\.kind) == ["ignored (not SSDA903)", "header", "ignored (reviews)"])
        #expect(report.files.map(\.returnYear) == [2021, 2021, 2021])
        #expect(report.files[1].contentHash.count == 16)
    }

    @Test("a file named explicitly that is no 903 table is an error, and so is a missing path")
    func explicitNonSSDA903() {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        let costs = folder.write("costs.csv", "PROVIDER,WEEKLY_COST\nX,100\n")
        #expect(throws: SSDA903ReadFailure.self) { try SSDA903Reader().read(paths: [costs]) }
        let problems = failure([costs, folder.path + "/nope.csv"])
        #expect(
            problems == [
                "\(costs):1: is not an SSDA903 Header or Episodes file: its columns (PROVIDER, WEEKLY_COST) "
                    + "match no SSDA903 table",
                "\(folder.path)/nope.csv: no such file or folder",
            ])
    }

    @Test("nothing to import is an error: no paths, an empty folder, or only ignored tables")
    func nothingToImport() {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write("empty/notes.txt", "not read")
        folder.write("reviews/reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/02/2010,01/03/2021,PN1\n")
        #expect(failure([]) == ["(no files given): no SSDA903 Header, Episodes or XML return found"])
        #expect(failure([folder.path + "/empty"]) == ["\(folder.path)/empty: folder holds no .csv or .xml files"])
        #expect(
            failure([folder.path + "/reviews"])
                == ["\(folder.path)/reviews: no SSDA903 Header, Episodes or XML return found"])
    }

    @Test("retired or not-yet-valid PLACE codes are warnings with counts, not errors")
    func retiredCodes() throws {
        let folder = SSDA903TestFolder()
        defer { folder.remove() }
        folder.write("2026/header.csv", "\(F.headerColumns)\n1,M,01/02/2010,,,,\n")
        folder.write(
            "2026/episodes.csv",
            """
            \(F.episodeColumns)
            1,01/04/2025,S,C2,N1,H5,PR4,02/05/2025,X1,,,,
            1,02/05/2025,P,C2,N1,P2,PR4,03/06/2025,X1,,,,
            1,03/06/2025,P,C2,N1,H5,PR4,,,,,,
            1,03/06/2020,P,C2,N1,H5,PR4,04/06/2020,X1,,,,
            """)
        folder.write("old/episodes.csv", "\(F.episodeColumns)\n1,01/04/2020,S,C2,N1,K3,PR4,02/05/2020,E13,,,,\n")
        let warnings = try SSDA903Reader().read(paths: [folder.path]).report.warnings
        // The 2026 return is 2025-26, after H5 and P2 were withdrawn (an episode in it that began in
        // 2020 is judged by the return too: DfE wants H5 gone from 2025-26 returns). The file in "old"
        // has no year in its names, so it is taken as the return holding its latest date (DEC 2 May 2020):
        // 2020-21, before K3 existed. That note comes first: the code warnings are judged by it.
        #expect(
            warnings == [
                "\(folder.path)/old/episodes.csv: no year in its name or folders; taken as the 2020-21 return "
                    + "(its latest episode date is 2 May 2020). Put the year in the file name (2021-episodes.csv) "
                    + "to choose another.",
                "3 episodes use PLACE H5 in a collection year when DfE did not accept it (valid up to 2024-25); "
                    + "kept and counted as Supported",
                "1 episode uses PLACE K3 in a collection year when DfE did not accept it (valid from 2024-25); "
                    + "kept and counted as Supported",
                "1 episode uses PLACE P2 in a collection year when DfE did not accept it (valid up to 2024-25); "
                    + "kept and counted as Supported",
            ])
    }

    /// The problems a failing read reports, as people see them; a read that succeeds is an issue.
    func failure(_ paths: [String]) -> [String] {
        do {
            _ = try SSDA903Reader().read(paths: paths)
            Issue.record("expected the read to fail")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test(
        "problems read as file:row: field: message, leaving out what is not known",
        arguments: [
            (FileProblem(file: "e.csv", row: 4, field: "DEC", message: "bad"), "e.csv:4: DEC: bad"),
            (FileProblem(file: "e.csv", row: 4, message: "bad"), "e.csv:4: bad"),
            (FileProblem(file: "e.csv", field: "LS", message: "bad"), "e.csv: LS: bad"),
            (FileProblem(file: "e.csv", message: "bad"), "e.csv: bad"),
        ])
    func problemText(_ problem: FileProblem, _ text: String) {
        #expect(problem.description == text)
    }
}
