import CareModel
import Testing

@testable import Interchange

@Suite("Placement costs reader: S251 layout")
struct CostS251Tests {
    typealias T = CostReaderTests
    static let header =
        "Child ID,Date of birth,Placement start date,Placement end date,Placement type,Provider type,"
        + "Procurement platform,Ofsted URN,Total committed cost accrued in FY to date,"
        + "Contribution from social care provider/s,Contribution from health provider/s,"
        + "Contribution from education provider/s\n"

    @Test("the weekly price is the cost accrued in the year × 7 / days paid so far, to the penny")
    func derivation() throws {
        let csv =
            Self.header + """
                S1,01/03/2010,01/04/2024,,K2,PR4,Block,SC111111,"196,428.57",,39285.71,
                S2,01/03/2012,15/06/2023,30/09/2024,U4,PR5,Framework,1234567,26150.00,,,1830
                S3,01/03/2014,20/11/2024,,U4,PR4,Spot,,6000,,,
                S4,01/03/2014,01/01/2024,01/03/2024,U4,PR4,Spot,,0,,,
                """
        let asAt = T.day("2024-12-31")
        let costs = try T.read(csv, asAt: asAt)
        #expect(costs.map(\.child.child) == ["S1", "S2", "S3"])  // S4 ended before the year and cost nothing in it
        // S1: 1 April–31 December 2024 = 30+31+30+31+31+30+31+30+31 = 275 days.
        //     £196,428.57 × 7 / 275 = 1,374,999.99 / 275 = £4,999.99996… → £5,000.00;
        //     health £39,285.71 × 7 / 275 = 274,999.97 / 275 = £999.99989… → £1,000.00.
        // S2: started before the year, so 1 April–30 September 2024 = 30+31+30+31+31+30 = 183 days.
        //     £26,150.00 × 7 / 183 = 183,050 / 183 = £1,000.2732… → £1,000.27; education £1,830 × 7 / 183 = £70.00.
        // S3: 20 November–31 December 2024 = 11 + 31 = 42 days. £6,000 × 7 / 42 = £1,000.00.
        #expect(
            costs.map { $0.rates.map(\.weekly) } == [[T.pounds("5000")], [T.pounds("1000.27")], [T.pounds("1000")]])
        #expect(
            costs.map { $0.rates[0].effectiveFrom } == [T.day("2024-04-01"), T.day("2024-04-01"), T.day("2024-11-20")])
        #expect(
            costs[0].contributions == [
                Contribution(source: .health, weekly: T.pounds("1000"), from: T.day("2024-04-01"))
            ])
        #expect(
            costs[1].contributions == [
                Contribution(
                    source: .education, weekly: T.pounds("70"),
                    from: T.day("2024-04-01"), through: T.day("2024-09-30"))
            ])
        #expect(costs.map(\.route) == [.block, .framework, .spot])
        #expect(costs.map(\.providerURN) == ["SC111111", "1234567", nil])
        #expect(costs[1].placementStart == T.day("2023-06-15") && costs[1].placementEnd == T.day("2024-09-30"))
        #expect(costs.map(\.category) == [.residentialExternal, .fosteringAgency, .fosteringAgency])
    }

    @Test("S251 problems are listed with row and column")
    func broken() {
        let csv =
            Self.header + """
                S1,01/03/2010,01/04/2025,,K9,PR4,Barter,,100,,,
                S2,01/03/2012,15/06/2024,01/06/2024,U4,,Spot,,12.345,,,
                S3,01/03/2012,15/06/2024,,U4,PR4,Spot,,100,,,
                S3,01/03/2012,15/06/2024,,U4,PR4,Spot,,100,,,
                """
        #expect(
            T.problems(csv, asAt: T.day("2024-12-31")) == [
                "costs.csv:2: Placement type: 'K9' is not a PLACE code (expected one of \(PlacementType.codeList))",
                "costs.csv:2: Procurement platform: 'Barter' is not a procurement platform (Framework, Spot, Block)",
                "costs.csv:3: Provider type: is blank; every row needs it",
                "costs.csv:3: Total committed cost accrued in FY to date: '12.345' is not an amount in pounds "
                    + "(expected e.g. 1234.56 or £1,234.56)",
                "costs.csv:3: Placement end date: 2024-06-01 is before the placement start date 2024-06-15",
                "costs.csv:5: Placement start date: child S3 already has a placement from 2024-06-15 (row 4)",
            ])
        // S1 starts after the as-at date yet has a cost: reported once the codes are right.
        let future = Self.header + "S1,01/03/2010,01/04/2025,,K2,PR4,,,100,,,\n"
        #expect(
            T.problems(future, asAt: T.day("2024-12-31")) == [
                "costs.csv:2: Total committed cost accrued in FY to date: has cost accrued but the placement has no days "
                    + "in the financial year 2024-25 up to 2024-12-31"
            ])
    }

    @Test("an S251 file needs an as-at date")
    func needsAsAt() {
        #expect(T.problems(Self.header + "S3,01/03/2012,15/06/2024,,U4,PR4,Spot,,100,,,\n").count == 1)
    }
}
