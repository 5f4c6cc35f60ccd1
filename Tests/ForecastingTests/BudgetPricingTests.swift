import CareModel
import Testing

@testable import Forecasting

@Suite("Budget monitor: pricing stretches of days")
struct BudgetPricingTests {
    typealias F = BudgetFixture
    static let asAt = F.day("2024-12-31")

    static func cost(_ rates: [WeeklyRate], _ contributions: [Contribution] = []) -> PlacementCost {
        PlacementCost(
            child: F.key("P"), placementStart: F.day("2024-12-30"), rates: rates, contributions: contributions)
    }

    /// A "correction" to the same price does not split the stretch: 30–31 Dec at £100 is
    /// 2 × £100 / 7 = £28.571… → £28.57 (pricing each day alone would give £14.29 + £14.29 = £28.58).
    @Test func samePriceIsOneStretch() {
        let cost = Self.cost([F.rate("2024-12-30", 100), F.rate("2024-12-31", 100, .correction)])
        #expect(cost.netCost(from: F.day("2024-12-30"), through: Self.asAt, knownOn: Self.asAt).pence == 2_857)
    }

    /// Stretches split at each price change: £70 (£10/day) for 30 Dec, £140 (£20/day) from 31 Dec, and a
    /// £35 education contribution (£5/day) 20 Dec–10 Jan. Known on 31 Dec:
    /// 30 Dec £10 − £5 + 31 Dec £20 − £5 + 1–10 Jan 10 × £15 + 11–20 Jan 10 × £20 = £5 + £15 + £150 + £200 = £370.
    @Test func splitsAtRateAndContributionDays() {
        let cost = Self.cost(
            [F.rate("2024-12-30", 70), F.rate("2024-12-31", 140, .uplift)],
            [
                Contribution(
                    source: .education, weekly: Money(pounds: 35),
                    from: F.day("2024-12-20"), through: F.day("2025-01-10"))
            ])
        #expect(
            cost.netCost(from: F.day("2024-12-30"), through: F.day("2025-01-20"), knownOn: Self.asAt).pence == 37_000)
    }

    /// A contribution or rate agreed after the period is not yet known: January committed at £140 gross
    /// with no contribution is 31 × £20 = £620; known on 31 January, the £70 health contribution from
    /// 15 Jan takes 17 × £10 = £170 off.
    @Test func laterAgreementsAreNotKnown() {
        let cost = Self.cost(
            [F.rate("2024-12-30", 140), F.rate("2025-01-10", 280, .additionalSupport)],
            [Contribution(source: .health, weekly: Money(pounds: 70), from: F.day("2025-01-15"))])
        let january = (F.day("2025-01-01"), F.day("2025-01-31"))
        #expect(cost.netCost(from: january.0, through: january.1, knownOn: Self.asAt).pence == 62_000)
        #expect(cost.netWeekly(on: january.1, knownOn: Self.asAt) == Money(pounds: 140))
        // Known on 31 Jan: 1–9 Jan 9 × £20 + 10–14 Jan 5 × £40 + 15–31 Jan 17 × £30 = £180 + £200 + £510.
        #expect(cost.netCost(from: january.0, through: january.1, knownOn: january.1).pence == 89_000)
    }
}
