import CareModel
import Testing

@testable import Interchange

/// Ofsted's provider-level file for 2023-24 in `../shared/data/ofsted-providers/` (real, public), and small
/// files built to break it. Expected counts are the README's, and were checked again with a separate Python
/// script keeping the latest inspection per URN (by date, then event number).
@Suite("Ofsted provider reader")
struct OfstedProviderReaderTests {
    static let file = "../shared/data/ofsted-providers/All_SocCare_inspec_2324.csv"
    static let reader = OfstedProviderReader()

    static func day(_ text: String) -> Day { Day(ukNumeric: text)! }

    static func read(_ text: String) throws(FileReadFailure) -> [OfstedProvider] {
        try reader.read(bytes: Array(text.utf8), file: "ofsted.csv")
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    /// The columns of the small files, in a different order from Ofsted's, with one Ofsted does not have.
    static let columns =
        "URN,Provision type,Name,Local authority,Sector,Places,Organisation which owns the provider,"
        + "Inspection date,Inspection event number,Overall experiences and progress of children and young people,"
        + "Notes"

    @Test("the 2023-24 file: 3,327 providers, 2,988 children's homes with 11,352 places, 14 in Plymouth")
    func realFile() throws {
        let providers = try Self.reader.read(path: Self.file)
        // 4,160 inspection rows; one provider per URN.
        #expect(providers.count == 3_327)
        #expect(providers.map(\.urn) == providers.map(\.urn).sorted())
        // 2,982 "Children's home" and 6 "Children's Home" (the README's 9 rows). The README counts places over
        // distinct homes; keeping the latest inspection gives the same 11,352, since no home's places differ
        // between its inspections in the file.
        let homes = providers.filter(\.isChildrensHome)
        #expect(homes.count == 2_988)
        #expect(homes.reduce(0) { $0 + ($1.places ?? 0) } == 11_352)
        let bySector = Dictionary(grouping: homes) { $0.sector ?? "" }.mapValues(\.count)
        #expect(bySector == ["Private": 2_448, "Local Authority": 389, "Voluntary": 143, "Health Authority": 8])
        // Plymouth: 14 homes (18 inspection rows), 13 private and 1 the council's, 28 places.
        let plymouth = homes.filter { $0.localAuthority == "Plymouth" }
        #expect(plymouth.count == 14)
        #expect(plymouth.reduce(0) { $0 + ($1.places ?? 0) } == 28)
        // Every children's home's name is withheld ("REDACTED").
        #expect(homes.allSatisfy { $0.name == nil })
        // 64 providers' latest grade is Inadequate; only 25 if the grade of the latest inspection were taken,
        // since 39 were visited again (not graded) after being judged Inadequate.
        #expect(providers.count { $0.overallGrade == .inadequate } == 64)
    }

    @Test("a provider inspected twice keeps its later inspection, wherever the rows are in the file")
    func latestInspection() throws {
        let byURN = Dictionary(uniqueKeysWithValues: try Self.reader.read(path: Self.file).map { ($0.urn, $0) })
        // Lines 513 (19/12/2023, Good) and 3476 (16/10/2023, Inadequate): the later row comes first.
        #expect(
            byURN["SC483714"]
                == OfstedProvider(
                    urn: "SC483714", provisionType: "Children's home", registrationDate: Self.day("23/01/2015"),
                    registrationStatus: "Active", localAuthority: "Central Bedfordshire", region: "East of England",
                    sector: "Private", places: 6, owner: "White Orchid Marston Moretaine Limited",
                    inspectionDate: Self.day("19/12/2023"), overallGrade: .good, gradedOn: Self.day("19/12/2023")))
        // Lines 1575 (26/04/2023, Inadequate) and 2536 (20/06/2023, Good): the later row comes second.
        #expect(
            byURN["2629230"]
                == OfstedProvider(
                    urn: "2629230", provisionType: "Children's home", registrationDate: Self.day("08/06/2021"),
                    registrationStatus: "Active", localAuthority: "Wolverhampton", region: "West Midlands",
                    sector: "Private", places: 2, owner: "Stepping Stones Care (Midlands 1) Limited",
                    inspectionDate: Self.day("20/06/2023"), overallGrade: .good, gradedOn: Self.day("20/06/2023")))
    }

    @Test("a visit after a graded inspection leaves the grade standing; NULL and blank read as nothing")
    func ungradedVisits() throws {
        let byURN = Dictionary(uniqueKeysWithValues: try Self.reader.read(path: Self.file).map { ($0.urn, $0) })
        // Line 3495: full inspection 17/10/2023, Inadequate; line 71: monitoring inspection 28/11/2023, no grade.
        #expect(
            byURN["SC456532"]
                == OfstedProvider(
                    urn: "SC456532", provisionType: "Children's home", registrationDate: Self.day("06/03/2013"),
                    registrationStatus: "Active", localAuthority: "Rochdale", region: "North West", sector: "Private",
                    places: 2, owner: "Cambian Childcare Limited", inspectionDate: Self.day("28/11/2023"),
                    overallGrade: .inadequate, gradedOn: Self.day("17/10/2023")))
        // Line 3026: full inspection 02/10/2023, Requires improvement; line 2857: monitoring 05/03/2024, grade
        // "NULL". Named (it is not a children's home), with no places or owner given.
        #expect(
            byURN["1027077"]
                == OfstedProvider(
                    urn: "1027077", provisionType: "Secure Training Centre", registrationDate: Self.day("11/11/2014"),
                    registrationStatus: "Active", name: "Oakhill Secure Training Centre",
                    localAuthority: "Milton Keynes", region: "South East", sector: "Private",
                    inspectionDate: Self.day("05/03/2024"),
                    overallGrade: .requiresImprovement, gradedOn: Self.day("02/10/2023")))
    }

    @Test("the same day's inspections are ordered by event number; a name REDACTED is none")
    func sameDay() throws {
        let csv = """
            Children's social care data — a title line
            "A note, with a comma",,
            \(Self.columns)
            SC000001,Children's home,REDACTED,Plymouth,Private,3,Acme Care Ltd,01/03/2024,20,Inadequate,
            SC000001,Children's home,REDACTED,Plymouth,Private,3,Acme Care Ltd,01/03/2024,10,Good,
            2000002,Independent Fostering Agency,Moor Fostering,Devon,Voluntary,,Moor Trust,05/01/2024,30,good,
            2000002,Independent Fostering Agency,Moor Fostering,Devon,Voluntary,,Moor Trust,12/02/2024,31,NULL,
            """
        let expected = [
            OfstedProvider(
                urn: "2000002", provisionType: "Independent Fostering Agency", name: "Moor Fostering",
                localAuthority: "Devon", sector: "Voluntary", owner: "Moor Trust",
                inspectionDate: Self.day("12/02/2024"), overallGrade: .good, gradedOn: Self.day("05/01/2024")),
            OfstedProvider(
                urn: "SC000001", provisionType: "Children's home", localAuthority: "Plymouth", sector: "Private",
                places: 3, owner: "Acme Care Ltd", inspectionDate: Self.day("01/03/2024"), overallGrade: .inadequate,
                gradedOn: Self.day("01/03/2024")),
        ]
        #expect(try Self.read(csv) == expected)
    }

    @Test("the column line is found with no title lines (after a byte-order mark) or with five")
    func titleLines() throws {
        let rows = "sc000001,Children's Home,REDACTED,Plymouth,Private,3,Acme Care Ltd,01/03/2024,20,Good,\n"
        let bare = try Self.read("\u{FEFF}" + Self.columns + "\n" + rows)
        let titled = try Self.read(String(repeating: "A title,,\n", count: 5) + Self.columns + "\n" + rows)
        #expect(bare == titled)
        #expect(bare.map(\.urn) == ["SC000001"])
        #expect(bare.first?.isChildrensHome == true)
    }

    @Test("a broken file lists every problem with its file, row (as the spreadsheet shows it) and column")
    func broken() {
        let csv = """
            A title line
            "A note, with a comma",,
            \(Self.columns)
            SC000001,Children's home,REDACTED,Plymouth,Private,3,Acme Care Ltd,31/02/2024,1,Good,
            ,Children's home,REDACTED,Plymouth,Private,three,Acme Care Ltd,01/03/2024,2,Excellent,
            SC000003,Children's home,REDACTED,Plymouth,Private,2,Acme Care Ltd,01/03/2024,x,Good,
            SC000004,Children's home,Plymouth
            """
        let grade = "Overall experiences and progress of children and young people"
        #expect(
            Self.problems(csv) == [
                "ofsted.csv:4: Inspection date: '31/02/2024' is not a date (expected DD/MM/YYYY)",
                "ofsted.csv:5: URN: is blank; every row needs it",
                "ofsted.csv:5: Places: 'three' is not a number of places from 0 to 5000",
                "ofsted.csv:5: \(grade): 'Excellent' is not an Ofsted grade (Outstanding, Good, Requires improvement "
                    + "to be good, Inadequate, or blank)",
                "ofsted.csv:6: Inspection event number: 'x' is not a whole number",
                "ofsted.csv:7: has 3 fields but the column line has 11",
            ])
    }

    @Test("missing columns are each one problem on the line with most of them; another file is refused whole")
    func missingColumns() throws {
        let failure = #expect(throws: FileReadFailure.self) {
            try Self.read("A title\nURN,Provision type,Local authority,Places\nSC000001,Children's home,Plymouth,3\n")
        }
        let problems = try #require(failure).problems
        #expect(problems.map(\.row) == [2, 2, 2, 2])
        #expect(
            problems.map(\.field) == [
                "Sector", "Organisation which owns the provider", "Inspection date",
                "Overall experiences and progress of children and young people",
            ])
        #expect(problems.first?.message.hasPrefix("column is missing; Ofsted's provider-level file needs") == true)
        let other = Self.problems("home,name\nH-1,Elm Lodge\n")
        #expect(other.count == 1)
        #expect(other.first?.hasPrefix("ofsted.csv: is not Ofsted's provider-level file") == true)
        #expect(Self.problems("\u{FEFF} \n") == ["ofsted.csv: file is empty"])
    }
}
