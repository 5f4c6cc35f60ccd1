import CareModel
import Testing

@testable import Forecasting

/// The sufficiency gap on a hand-built small authority, every number worked out in the comments.
@Suite("Sufficiency gap")
struct SufficiencyGapTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Six months from April 2025 (30, 31, 30, 31, 31, 30 days). Fostering demand 20, 20, 21, 21, 22, 22 and
    /// residential 5, 5, 5, 5, 6, 6 (as stated). A quarter of fostering is kinship, half in-house; 60% of
    /// residential is meant for council beds. 5 kinship places; 9 in-house places, with 2 approvals expected
    /// in month 3 bringing 1.5 places each; no resignations. Two council beds, and a home of 3 beds opening in
    /// month 6. Agency fostering £700 a week (£100 a day); external residential £4,900 a week (£700 a day).
    static let inputs = SufficiencyInputs(
        months: ["2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30"].map(day),
        fosteringDemand: [20, 20, 21, 21, 22, 22], residentialDemand: [5, 5, 5, 5, 6, 6], kinshipShare: 0.25,
        inHouseShare: 0.5, councilResidentialShare: 0.6, kinshipPlaces: 5, inHousePlaces: 9,
        expectedApprovals: [0, 0, 2, 0, 0, 0], placesPerApproval: 1.5, monthlyResignationRate: 0,
        councilBeds: [2, 2, 2, 2, 2, 5], agencyFosteringWeekly: Money(pounds: 700),
        externalResidentialWeekly: Money(pounds: 4_900))

    static func pounds(_ kind: SupplyKind) -> [Money] {
        SufficiencyGap.rows(inputs).filter { $0.kind == kind }.map(\.cost)
    }

    /// Kinship demand 5, 5, 5.25, 5.25, 5.5, 5.5 against 5 places: short 0, 0, 0.25, 0.25, 0.5, 0.5 →
    /// 0.25 × £100 × 30 = £750; 0.25 × £100 × 31 = £775; 0.5 × £100 × 31 = £1,550; 0.5 × £100 × 30 = £1,500.
    @Test func kinship() {
        #expect(Self.pounds(.kinship) == [0, 0, 75_000, 77_500, 155_000, 150_000].map { Money(pence: $0) })
    }

    /// In-house demand 10, 10, 10.5, 10.5, 11, 11 against 9, 9, then 9 + 2 × 1.5 = 12 places: short 1 for two
    /// months → 1 × £100 × 30 = £3,000 and 1 × £100 × 31 = £3,100; then none.
    @Test func inHouseFostering() {
        let rows = SufficiencyGap.rows(Self.inputs).filter { $0.kind == .inHouseFostering }
        #expect(rows.map(\.supply) == [9, 9, 12, 12, 12, 12])
        #expect(Self.pounds(.inHouseFostering) == [300_000, 310_000, 0, 0, 0, 0].map { Money(pence: $0) })
    }

    /// Council-bed demand 3, 3, 3, 3, 3.6, 3.6 against 2 beds, then 5: short 1, 1, 1, 1, 1.6, 0 →
    /// £700 × 30 = £21,000; × 31 = £21,700; £21,000; £21,700; 1.6 × £700 × 31 = £34,720; £0.
    @Test func councilResidential() {
        #expect(
            Self.pounds(.councilResidential)
                == [2_100_000, 2_170_000, 2_100_000, 2_170_000, 3_472_000, 0].map { Money(pence: $0) })
    }

    /// £4,575 + £6,100 + £120,120 = £130,795.
    @Test func totalCost() {
        #expect(SufficiencyGap.totalCost(SufficiencyGap.rows(Self.inputs)) == Money(pounds: 130_795))
    }

    /// 1% of places resign a month, compounded: 100 → 99 → 98.01 → 97.0299; an approval of 2 places in month 2
    /// lands after that month's resignations: 99 × 0.99 + 2 = 100.01.
    @Test func resignationsCompound() {
        var inputs = Self.inputs
        inputs.months = Array(inputs.months.prefix(3))
        inputs.inHousePlaces = 100
        inputs.monthlyResignationRate = 0.01
        inputs.expectedApprovals = [0, 1, 0]
        inputs.placesPerApproval = 2
        let supply = SufficiencyGap.inHouseSupply(inputs)
        #expect(abs(supply[0] - 99) < 1e-9 && abs(supply[1] - 100.01) < 1e-9 && abs(supply[2] - 99.0099) < 1e-9)
    }
}

@Suite("Where children in care live")
struct WhereChildrenLiveTests {
    /// On 31 March 2024 (`CareSummaryTests.histories`): A in agency foster care (U4, PR4: family-based and
    /// commissioned), B in an external children's home (K2, PR4: commissioned), E in supported accommodation
    /// (K3, PR4: commissioned); C left that day and D is on short breaks. → 3 children, 1 family-based (33.3%),
    /// 3 commissioned (100%), no distance known.
    @Test func countsOnAMonthEnd() {
        let rows = WhereChildrenLive.trend(
            of: CareSummaryTests.histories, months: 2, through: Day(iso: "2024-03-31")!)
        #expect(rows.map(\.month.iso) == ["2024-02-29", "2024-03-31"])
        let march = rows[1]
        #expect(march.children == 3 && march.familyBased == 1 && march.commissioned == 3)
        #expect(march.distanceKnown == 0 && march.fartherShare == nil)
    }
}
