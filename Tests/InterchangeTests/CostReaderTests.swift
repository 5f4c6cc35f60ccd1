import CareModel
import Testing

@testable import Interchange
@testable import Synthetic

@Suite("Placement costs reader")
struct CostReaderTests {
    static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ukNumeric: text)! }
    static func pounds(_ text: String) -> Money { Money(parsing: text)! }
    static let reader = PlacementCostReader(defaultAuthority: "879")

    static func read(_ text: String, asAt: Day? = nil) throws(CostReadFailure) -> [PlacementCost] {
        try reader.read(bytes: Array(text.utf8), file: "costs.csv", asAt: asAt)
    }

    static func problems(_ text: String, asAt: Day? = nil) -> [String] {
        do {
            _ = try read(text, asAt: asAt)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("the generator's placement-costs.csv reads: one placement per child and start, one rate per row")
    func generated() throws {
        let authority = SyntheticFixture.authority
        let costs = try Self.reader.read(bytes: Array(authority.costsCSV().text.utf8), file: "placement-costs.csv")
        let keys = Set(authority.costs.map { "\($0.child)|\($0.placementStart.iso)" })
        #expect(costs.count == keys.count)
        #expect(costs.reduce(0) { $0 + $1.rates.count } == authority.costs.count)
        #expect(costs.allSatisfy { $0.child.authority == "879" && $0.rates.first?.change == .agreed })
        // Every row's price is the placement's price from its effective date.
        let byKey = Dictionary(uniqueKeysWithValues: costs.map { ("\($0.child.child)|\($0.placementStart.iso)", $0) })
        for row in authority.costs.prefix(500) {
            #expect(
                byKey["\(row.child)|\(row.placementStart.iso)"]?.grossWeekly(on: row.effectiveFrom) == row.weeklyCost)
        }
    }

    @Test("the simple layout with every optional column")
    func simpleFull() throws {
        let csv = """
            child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from,la,planned_end,\
            urn,provider_name,registration,procurement_route,change,health_contribution,education_contribution,\
            contribution_detail,continues_past_18
            C1,2024-01-15,,K2,PR4,External Residential,"£5,250.00",2024-01-15,802,31/03/2026,SC123456,Rowan House,Ofsted,Spot,,,,,yes
            C1,2024-01-15,,K2,PR4,External Residential,5512.50,2024-04-01,802,,,,,,,750,,s117,
            C1,2024-01-15,,K2,PR4,External Residential,6000,01/09/2024,802,,,,,,additional support,750,,s117,
            C1,2024-01-15,,K2,PR4,External Residential,5512.50,2024-12-01,802,,,,,,,,,,
            C2,2024-05-01,2024-08-31,U4,PR4,,900.5,2024-05-01,,,,,,,,,,,no
            """
        let costs = try Self.read(csv)
        let c1 = PlacementCost(
            child: ChildKey(authority: "802", child: "C1"), placementStart: Self.day("2024-01-15"),
            plannedEnd: Self.day("2026-03-31"), place: .k2, providerType: .pr4, providerURN: "SC123456",
            providerName: "Rowan House", registration: .ofsted, route: .spot, budgetLine: "External Residential",
            rates: [
                WeeklyRate(effectiveFrom: Self.day("2024-01-15"), weekly: Self.pounds("5250")),
                WeeklyRate(effectiveFrom: Self.day("2024-04-01"), weekly: Self.pounds("5512.50"), change: .uplift),
                WeeklyRate(
                    effectiveFrom: Self.day("2024-09-01"), weekly: Self.pounds("6000"), change: .additionalSupport),
                WeeklyRate(effectiveFrom: Self.day("2024-12-01"), weekly: Self.pounds("5512.50"), change: .stepDown),
            ],
            // £750 from 1 April to the day before the row without it (30 November): one run, not two.
            contributions: [
                Contribution(
                    source: .health, detail: "s117", weekly: Self.pounds("750"),
                    from: Self.day("2024-04-01"), through: Self.day("2024-11-30"))
            ],
            continuesPast18: true)
        let c2 = PlacementCost(
            child: ChildKey(authority: "879", child: "C2"), placementStart: Self.day("2024-05-01"),
            placementEnd: Self.day("2024-08-31"), place: .u4, providerType: .pr4,
            rates: [WeeklyRate(effectiveFrom: Self.day("2024-05-01"), weekly: Self.pounds("900.50"))])
        #expect(costs == [c1, c2])  // "802" sorts before "879"
        // Net on 2 September: £6,000 − £750 = £5,250.
        #expect(costs[0].netWeekly(on: Self.day("2024-09-02")) == Self.pounds("5250"))
    }

    @Test("carer names the council household or home; as with provider_name, the latest row giving one wins")
    func carer() throws {
        let csv = """
            child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from,Carer
            C1,2024-05-01,,U1,PR1,,375.43,2024-05-01,FC-0101
            C1,2024-05-01,,U1,PR1,,390.00,2024-09-01, FC-0105
            C1,2024-05-01,,U1,PR1,,400.00,2024-12-01,
            C2,2024-06-01,,K2,PR1,,4000,2024-06-01,HOME-1
            C3,2024-06-01,,K2,PR4,,5000,2024-06-01,
            """
        #expect(try Self.read(csv).map(\.carer) == ["FC-0105", "HOME-1", nil])
    }

    @Test("a broken file lists every problem with its row and column, and returns nothing")
    func broken() {
        let csv = """
            child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from,change
            C1,2024-13-01,,K2,PR4,,100,2024-01-01,
            C2,2024-05-01,2024-04-01,XX,PR9,,abc,2024-04-30,
            ,2024-05-01,,U4,,,-5,,
            C3,2024-05-01,,U4,PR1,,100,2024-05-01,
            C3,2024-05-01,,U4,PR1,,110,2024-05-01,raise
            C4,2024-05-01,2024-06-01,U4,PR1,,100,2024-05-01,
            C4,2024-05-01,2024-06-02,U4,PR1,,100,2024-05-09,
            C5,2024-05-01
            """
        let expected = [
            "costs.csv:2: placement_start: '2024-13-01' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
            "costs.csv:3: place: 'XX' is not a PLACE code (expected one of \(PlacementType.codeList))",
            "costs.csv:3: provider_type: 'PR9' is not a PLACE_PROVIDER code (expected one of \(PlacementProvider.codeList))",
            "costs.csv:3: weekly_cost: 'abc' is not an amount in pounds (expected e.g. 1234.56 or £1,234.56)",
            "costs.csv:3: placement_end: 2024-04-01 is before placement_start 2024-05-01",
            "costs.csv:3: effective_from: 2024-04-30 is before placement_start 2024-05-01: a price cannot apply "
                + "before the placement began",
            "costs.csv:3: effective_from: 2024-04-30 is after placement_end 2024-04-01",
            "costs.csv:4: child: is blank; every row needs it",
            "costs.csv:4: weekly_cost: '-5' is negative",
            "costs.csv:4: effective_from: is blank; every row needs it",
            "costs.csv:6: change: 'raise' is not a change (agreed, uplift, additional-support, step-down, correction)",
            "costs.csv:8: placement_end: 2024-06-02 differs from 2024-06-01 given for the same placement at row 7",
            "costs.csv:9: has 2 fields but the column line has 9",
        ]
        #expect(Self.problems(csv) == expected)
    }

    @Test("the same price date twice is reported at the later row")
    func duplicatePrice() {
        let csv = """
            child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from
            C3,2024-05-01,,U4,PR1,,100,2024-05-01
            C3,2024-05-01,,U4,PR1,,110,2024-05-01
            """
        #expect(
            Self.problems(csv) == [
                "costs.csv:3: effective_from: child C3's placement from 2024-05-01 already has a price from 2024-05-01 (row 2)"
            ])
    }

    @Test(
        "missing columns are each reported on row 1",
        arguments: [
            (
                "child,placement_start,place,weekly_cost\n",
                ["placement_end", "provider_type", "budget_line", "effective_from"]
            ),
            (
                "Child ID,Placement type\n",
                [
                    "Placement start date", "Provider type",
                    "Total committed cost accrued in FY to date",
                ]
            ),
        ])
    func missingColumns(_ header: String, _ missing: [String]) {
        #expect(Self.problems(header, asAt: Self.day("2024-12-31")).count == missing.count)
        for column in missing {
            #expect(
                Self.problems(header, asAt: Self.day("2024-12-31")).contains {
                    $0.hasPrefix("costs.csv:1: \(column): column is missing")
                })
        }
    }

    @Test("a file that is neither layout, or empty, is refused", arguments: ["name,amount\nx,1\n", "  \n"])
    func notCosts(_ text: String) {
        #expect(Self.problems(text).count == 1)
    }

    @Test("a file that does not exist is named")
    func noFile() {
        #expect(throws: CostReadFailure.self) { try Self.reader.read(path: "/nonexistent/costs.csv") }
    }
}
