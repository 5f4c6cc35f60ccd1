import CareModel
import Testing

@testable import Interchange

@Suite("Children's homes reader")
struct ChildrensHomeReaderTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static let reader = ChildrensHomeReader(defaultAuthority: "879")

    static func problems(_ text: String) -> [String] {
        do {
            _ = try reader.read(bytes: Array(text.utf8), file: "homes.csv")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("the example file reads: a registered home, one planned to open, and a 3-bed block contract")
    func example() throws {
        let homes = try Self.reader.read(path: "docs/examples/homes.csv")
        #expect(homes.map(\.id) == ["BLOCK-1", "HOME-1", "HOME-2"])
        let block = homes[0], registered = homes[1], planned = homes[2]
        #expect(block.kind == .block && block.beds == 3)
        #expect(block.weeklyBedPrice == Money(pence: 333_333))  // £9,999.99 a week for the three beds
        #expect(block.beds(on: Self.day("2024-09-30")) == 0)
        #expect(block.beds(on: Self.day("2024-10-01")) == 3)
        #expect(block.beds(on: Self.day("2025-10-01")) == 0)  // the day after the contract ends
        #expect(registered.urn == "SC654321" && registered.registered == Self.day("2024-03-18"))
        #expect(planned.registered == nil && planned.registrationStage == "application submitted")
        #expect(planned.opens(allowingDelay: 30) == Self.day("2025-10-01"))  // 1 September + 30 days
    }

    @Test("every column read: names and codes in any case, a lower-case URN and postcode tidied, extra ignored")
    func fullRows() throws {
        let csv = """
            Home,NAME, Kind ,Beds,URN,Registered,Notes,la,weekly_bed_price,contract_start,contract_end,postcode
            H-4,Oak View,Council,2,sc123456,01/04/2024,anything,879,,,,pl65ab
            B-1,"Bay, View",BLOCK,3,1234567,,,802,"£3,333.33",2024-10-01,2025-09-30,
            """
        let expected = [
            ChildrensHome(
                authority: "802", id: "B-1", name: "Bay, View", kind: .block, beds: 3, urn: "1234567",
                weeklyBedPrice: Money(pence: 333_333), contractStart: Self.day("2024-10-01"),
                contractEnd: Self.day("2025-09-30")),
            ChildrensHome(
                authority: "879", id: "H-4", name: "Oak View", kind: .council, beds: 2, urn: "SC123456",
                registered: Self.day("2024-04-01"), postcode: "PL6 5AB"),
        ]
        #expect(try Self.reader.read(bytes: Array(csv.utf8), file: "homes.csv") == expected)
    }

    @Test("a broken file lists every problem with its row and column, and returns nothing")
    func broken() {
        let csv = """
            home,name,kind,beds,urn,registered,planned_opening,weekly_bed_price,contract_start,contract_end
            HOME-1,Elm Lodge,council,4,SC65432,,,,,
            BLOCK-1,Harbour View,block,0,1234567,,,,,
            BLOCK-2,Bay View,block,2,,,,1000,2025-04-01,2025-03-31
            HOME-3,,hostel,101,,2024-01-01,,,,
            HOME-1,Elm Lodge again,council,2,,2024-01-01,,,,
            """
        #expect(
            Self.problems(csv) == [
                "homes.csv:2: urn: 'SC65432' is not an Ofsted URN (SC and 6 digits, e.g. SC123456, or 7 digits)",
                "homes.csv:2: registered: is blank and so is planned_opening; a council home needs one of them",
                "homes.csv:3: beds: '0' is not a whole number from 1 to 100",
                "homes.csv:3: weekly_bed_price: is blank; a block contract needs it",
                "homes.csv:3: contract_start: is blank; a block contract needs it",
                "homes.csv:4: contract_end: 2025-03-31 is before contract_start 2025-04-01",
                "homes.csv:5: name: is blank; every row needs it",
                "homes.csv:5: kind: 'hostel' is not a kind of home (expected one of council, block)",
                "homes.csv:5: beds: '101' is not a whole number from 1 to 100",
                // Reported though row 2 has problems of its own: fixing row 2 should not bring this to light.
                "homes.csv:6: home: home HOME-1 is already in the file (row 2)",
            ])
    }

    @Test("missing columns are each reported on row 1")
    func missingColumns() {
        #expect(
            Self.problems("home,beds\nH-1,2\n") == [
                "homes.csv:1: name: column is missing; a homes file needs home,name,kind,beds",
                "homes.csv:1: kind: column is missing; a homes file needs home,name,kind,beds",
            ])
    }

    @Test("homes written by SupplyCSVWriter read back as they were")
    func roundTrip() throws {
        let homes = [
            ChildrensHome(
                authority: "802", id: "BLOCK-1", name: "Harbour View", kind: .block, beds: 3, urn: "SC765432",
                weeklyBedPrice: Money(pence: 333_333), contractStart: Self.day("2024-10-01"),
                contractEnd: Self.day("2025-09-30")),
            ChildrensHome(
                authority: "879", id: "HOME-1", name: "Elm Lodge", kind: .council, beds: 4, urn: "SC654321",
                registered: Self.day("2024-03-18"), postcode: "PL3 4QR"),
            ChildrensHome(
                authority: "879", id: "HOME-2", name: "Willow, \"the new one\"", kind: .council, beds: 3,
                plannedOpening: Self.day("2025-09-01"), registrationStage: "application submitted"),
        ]
        let csv = SupplyCSVWriter.homes(homes)
        #expect(try ChildrensHomeReader(defaultAuthority: "999").read(bytes: csv.bytes, file: "homes.csv") == homes)
    }
}
