import CareModel
import Testing

@testable import Interchange

@Suite("Foster households reader")
struct HouseholdReaderTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let reader = HouseholdRegisterReader(defaultAuthority: "879")

    static func read(_ households: String, statuses: String? = nil) throws(FileReadFailure) -> [Household] {
        try reader.read(
            households: (name: "households.csv", bytes: Array(households.utf8)),
            statuses: statuses.map { (name: "household-statuses.csv", bytes: Array($0.utf8)) })
    }

    static func problems(_ households: String, statuses: String? = nil) -> [String] {
        do {
            _ = try read(households, statuses: statuses)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("the example files read: six households, one on hold for a while, one resigned")
    func examples() throws {
        let households = try Self.reader.read(
            householdsPath: "docs/examples/households.csv", statusesPath: "docs/examples/household-statuses.csv")
        #expect(households.map(\.id) == ["FC-0101", "FC-0102", "FC-0103", "FC-0104", "FC-0105", "FC-0106"])
        #expect(households.allSatisfy { $0.authority == "879" })
        let onHold = households[1]
        #expect(onHold.terms == [.longTerm, .respite])
        #expect(onHold.statuses.map(\.status) == [.onHold, .approved])
        #expect(onHold.placesOnHold(on: Self.day("2025-02-01")) == 1)  // one of its three places
        #expect(onHold.placesOnHold(on: Self.day("2025-03-03")) == 0)
        #expect(households[2].kind == .connected)
        #expect(households[3].kind == .specialist && households[3].terms == [.parentAndChild])
        #expect(households[3].weeklyCost == Money(pounds: 550))  // fee only, no allowance
        #expect(households[0].weeklyCost == Money(pence: 37_543))  // £210.00 + £165.43
        #expect(households[5].statuses.first?.reason == .retirement)
        #expect(households[5].approvedPlaces(on: Self.day("2025-02-27")) == 2)
        #expect(households[5].approvedPlaces(on: Self.day("2025-02-28")) == 0)
    }

    @Test("every column read: names in any case, codes in any case, extra columns ignored, postcode tidied")
    func fullRow() throws {
        let households = """
            Household , KIND,Approved,Places,Youngest,Oldest,Terms,Supervising_Team,Constellation,Postcode,\
            Weekly_Fee,Weekly_Allowance,LA,Notes
            FC-9,Mainstream,01/04/2024,3,2,12,Long Term; short_term ;,North,Hub 1,pl65ab,"£1,234.50",165,802,anything
            FC-1,connected,2024-05-01,1,,,,,,,,,,
            """
        let statuses = """
            household,from,status,reason,places_on_hold,la
            FC-9,2024-09-01,On Hold,Illness,2,802
            FC-9,2024-06-01,under_review,LADO,,802
            """
        let expected = [
            Household(
                authority: "802", id: "FC-9", kind: .mainstream, approved: Self.day("2024-04-01"), places: 3,
                youngest: 2, oldest: 12, terms: [.longTerm, .shortTerm], supervisingTeam: "North",
                constellation: "Hub 1", postcode: "PL6 5AB", weeklyFee: Money(pence: 123_450),
                weeklyAllowance: Money(pounds: 165),
                statuses: [
                    HouseholdStatusChange(day: Self.day("2024-06-01"), status: .underReview, reason: .lado),
                    HouseholdStatusChange(
                        day: Self.day("2024-09-01"), status: .onHold, reason: .illness, placesOnHold: 2),
                ]),
            Household(authority: "879", id: "FC-1", kind: .connected, approved: Self.day("2024-05-01"), places: 1),
        ]
        #expect(try Self.read(households, statuses: statuses) == expected)  // "802" sorts before "879"
    }

    @Test("a broken households file lists every problem with its row and column, and returns nothing")
    func brokenHouseholds() {
        let households = """
            household,kind,approved,places,youngest,oldest,terms,postcode,weekly_fee
            FC-1,mainstream,2024-01-15,2,0,11,short-term,PL6 5AB,210.00
            FC-2,foster,2024-13-01,0,12,5,long-term;forever,ZZ,abc
            ,connected,,21,,,,,
            FC-1,specialist,2024-02-01,1,,,,,
            FC-3,mainstream,2024-02-01
            """
        let terms = "short-term, long-term, emergency, respite, parent-and-child, remand"
        #expect(
            Self.problems(households) == [
                "households.csv:3: kind: 'foster' is not a household kind (expected one of mainstream, connected, "
                    + "specialist)",
                "households.csv:3: approved: '2024-13-01' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
                "households.csv:3: places: '0' is not a whole number from 1 to 20",
                "households.csv:3: oldest: 5 is below youngest (12); the ages run from youngest to oldest",
                "households.csv:3: terms: 'forever' is not a fostering term (expected one of \(terms); "
                    + "separate several with ;)",
                "households.csv:3: postcode: 'ZZ' is not a UK postcode (e.g. PL6 5AB)",
                "households.csv:3: weekly_fee: 'abc' is not an amount in pounds (expected e.g. 1234.56 or £1,234.56)",
                "households.csv:4: household: is blank; every row needs it",
                "households.csv:4: approved: is blank; every row needs it",
                "households.csv:4: places: '21' is not a whole number from 1 to 20",
                "households.csv:5: household: household FC-1 is already in the file (row 2)",
                "households.csv:6: has 3 fields but the column line has 9",
            ])
    }

    @Test("statuses are checked against the households: unknown, before approval, twice a day, too many on hold")
    func brokenStatuses() {
        let households = """
            household,kind,approved,places
            FC-1,mainstream,2024-03-01,2
            FC-2,connected,2024-05-01,1
            FC-3,mainstream,soon,1
            """
        let statuses = """
            household,from,status,reason,places_on_hold
            FC-1,2024-06-01,on-hold,illness,1
            FC-1,2024-06-01,under-review,lado,
            FC-2,2024-04-01,resigned,retirement,
            FC-9,2024-06-01,approved,,
            FC-2,2024-07-01,on-hold,illness,2
            FC-1,2024-08-01,approved,,1
            FC-3,2024-08-01,approved,,
            FC-1,2024-09-01,paused,holiday,
            """
        // FC-3's own row is wrong, so its status is not also called a status of an unknown household.
        #expect(
            Self.problems(households, statuses: statuses) == [
                "households.csv:4: approved: 'soon' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
                "household-statuses.csv:3: from: household FC-1 already has a status from 2024-06-01 (row 2)",
                "household-statuses.csv:4: from: 2024-04-01 is before household FC-2 was approved on 2024-05-01 "
                    + "(households.csv row 3)",
                "household-statuses.csv:5: household: FC-9 is not in households.csv",
                "household-statuses.csv:6: places_on_hold: 2 is more than household FC-2's 1 place",
                "household-statuses.csv:7: places_on_hold: is only given when the status is on-hold",
                "household-statuses.csv:9: status: 'paused' is not a household status (expected one of approved, "
                    + "on-hold, under-review, resigned)",
            ])
    }

    @Test("missing columns are each reported on row 1, in both files")
    func missingColumns() {
        #expect(
            Self.problems("household,kind\nFC-1,mainstream\n", statuses: "household,status\n") == [
                "households.csv:1: approved: column is missing; a households file needs household,kind,approved,places",
                "households.csv:1: places: column is missing; a households file needs household,kind,approved,places",
                "household-statuses.csv:1: from: column is missing; a household statuses file needs "
                    + "household,from,status",
            ])
    }

    @Test("an empty file, a file of more rows than any council has, and a missing file are refused")
    func refused() {
        #expect(Self.problems("  \n") == ["households.csv: file is empty"])
        let row = "FC-1,mainstream,2024-01-01,1\n"
        let huge = "household,kind,approved,places\n" + String(repeating: row, count: SupplyTable.maximumRows + 1)
        #expect(Self.problems(huge) == ["households.csv: has 100,001 rows; a households file has at most 100,000"])
        #expect(throws: FileReadFailure.self) { try Self.reader.read(householdsPath: "/nonexistent/households.csv") }
    }

    @Test("households and their statuses written by SupplyCSVWriter read back as they were")
    func roundTrip() throws {
        let households = [
            Household(
                authority: "802", id: "FC-2", kind: .specialist, approved: Self.day("2024-02-12"), places: 1,
                youngest: 16, oldest: 21, terms: [.parentAndChild, .emergency], supervisingTeam: "North, \"B\" team",
                constellation: "=Hub", postcode: "PL4 8AA", weeklyFee: Money(pence: 55_000),
                statuses: [HouseholdStatusChange(day: Self.day("2025-02-28"), status: .resigned, reason: .retirement)]),
            Household(
                authority: "879", id: "FC-1", kind: .mainstream, approved: Self.day("2024-01-15"), places: 3,
                weeklyAllowance: Money(pence: 16_543),
                statuses: [
                    HouseholdStatusChange(
                        day: Self.day("2025-01-13"), status: .onHold, reason: .illness, placesOnHold: 1),
                    HouseholdStatusChange(day: Self.day("2025-03-03"), status: .approved),
                ]),
        ]
        let read = try HouseholdRegisterReader(defaultAuthority: "999").read(
            households: (name: "households.csv", bytes: SupplyCSVWriter.households(households).bytes),
            statuses: (name: "household-statuses.csv", bytes: SupplyCSVWriter.householdStatuses(households).bytes))
        #expect(read == households)
    }
}
