import CareModel
import Testing

@testable import Forecasting

/// Scenarios against a real projection of a small authority: three children in external children's homes
/// at £7,000 a week and one with an agency foster carer at £700 (`BudgetProjectedDemandTests`), projected
/// 24 months from 31 March 2025 (1 April 2025 – 31 March 2027).
@Suite("Scenarios: levers priced against the baseline")
struct ScenarioTests {
    static let day = BudgetFixture.day
    static let settings = DemandProjectionSettings(start: day("2025-03-31"), months: 24)

    static func compare(_ scenarios: [Scenario], settings: DemandProjectionSettings = settings) async throws
        -> ScenarioComparison
    {
        try await ScenarioComparison.run(
            scenarios, settings: settings, histories: BudgetProjectedDemandTests.histories,
            costs: BudgetProjectedDemandTests.register)
    }

    @Test("a scenario that changes nothing is the baseline exactly, month by month")
    func nothingChanges() async throws {
        let scenarios = [
            Scenario(name: "No levers", levers: []),
            Scenario(
                name: "Entries unchanged", levers: [.entries(EntriesLever(percent: 0, from: Self.day("2025-06-01")))]),
        ]
        let comparison = try await Self.compare(scenarios)
        for result in comparison.results {
            #expect(result.months.map(\.cost) == comparison.baseline.monthlyCost)
            #expect(result.difference == .zero && result.investment == .zero && result.breakEven == nil)
            #expect(result.months.map(\.children) == comparison.baseline.monthEndChildren)
        }
        #expect(comparison.baseline.periods.count == 24)
    }

    @Test("open a 3-bed home for three named children: (their prices − running cost) × days ÷ 7, to the penny")
    func openHome() async throws {
        let lever = HomeLever(
            beds: 3, opens: Self.day("2025-06-01"), weeklyRunningCost: Money(pounds: 9_000),
            children: .named(["R1", "R2", "R3"]))
        let result = try #require(
            try await Self.compare([Scenario(name: "Own home", levers: [.openHome(lever)])]).results.first)
        // 1 June 2025 – 31 March 2027 = 669 days; (3 × £7,000 − £9,000) = £12,000 a week;
        // 1,200,000p × 669 ÷ 7 = 114,685,714.29p → £1,146,857.14 less.
        #expect(result.difference == Money(pence: -114_685_714))
        // June alone: 30 days, 1,200,000p × 30 ÷ 7 = 5,142,857.14p → £51,428.57 less than the baseline.
        let june = try #require(result.months.first { $0.period == Period(calendarYear: 2025, month: 6) })
        #expect(june.difference == Money(pence: -5_142_857))
        // Running costs are the investment: £9,000 × 669 ÷ 7 = 86,014,285.71p → £860,142.86.
        #expect(result.investment == Money(pence: 86_014_286))
        // April and May: nothing; June already saves more than it costs, so it breaks even at once.
        #expect(result.months.prefix(2).allSatisfy { $0.difference == .zero })
        #expect(result.breakEven == Period(calendarYear: 2025, month: 6))
    }

    @Test("a block of 2 beds at £4,000 filled from external homes at their £7,000 average")
    func block() async throws {
        let lever = BlockLever(beds: 2, from: Self.day("2025-09-01"), weeklyPrice: Money(pounds: 4_000))
        let result = try #require(
            try await Self.compare([Scenario(name: "Block", levers: [.block(lever)])]).results.first)
        // 1 September 2025 – 31 March 2027 = 577 days; 2 × (£7,000 − £4,000) = £6,000 a week;
        // 600,000p × 577 ÷ 7 = 49,457,142.86p → £494,571.43 less.
        #expect(result.difference == Money(pence: -49_457_143))
    }

    @Test("a registration delay of 10 days give or take 2: the home counts as open a fifth more each day")
    func registrationSpread() async throws {
        let lever = HomeLever(
            beds: 1, opens: Self.day("2025-06-01"), weeklyRunningCost: Money(pounds: 700), registrationDelayDays: 10,
            registrationSpreadDays: 2)
        let result = try #require(
            try await Self.compare([Scenario(name: "Spread", levers: [.openHome(lever)])]).results.first)
        // Registered 9–13 June with equal chances: open 1/5, 2/5, 3/5, 4/5 of 9–12 June (2 days in all), then
        // fully from 13 June to 31 March 2027 (669 − 12 = 657 days): 659 day-equivalents. Running cost £100 a
        // day: £65,900; the one bed takes a child from an external home at £1,000 a day: £659,000 avoided.
        #expect(result.investment == Money(pounds: 65_900))
        #expect(result.difference == Money(pounds: 65_900 - 659_000))
    }

    @Test("a named child with no placement open on the start day is refused, naming the child")
    func unknownChild() async throws {
        let lever = HomeLever(
            beds: 1, opens: Self.day("2025-06-01"), weeklyRunningCost: Money(pounds: 1), children: .named(["NOBODY"]))
        await #expect(throws: ScenarioError.unknownChild("NOBODY")) {
            try await Self.compare([Scenario(name: "Bad", levers: [.openHome(lever)])])
        }
    }

    @Test(
        "levers out of range name the lever, field and rule",
        arguments: [
            (Lever.openHome(HomeLever(beds: 0, opens: day("2025-06-01"), weeklyRunningCost: .zero)), "beds"),
            (.recruit(RecruitLever(households: 5, by: day("2026-01-01"), placesEach: 11)), "places"),
            (.entries(EntriesLever(percent: -101, from: day("2025-06-01"))), "percent"),
            (
                .stepDown(
                    StepDownLever(
                        perMonth: 1, from: day("2025-06-01"),
                        children: .highestCost(count: 3, category: .residentialExternal, youngest: 16, oldest: 8))),
                "ages"
            ),
        ])
    func invalid(lever: Lever, field: String) {
        do {
            try Scenario(name: "x", levers: [lever]).validate()
            Issue.record("accepted")
        } catch {
            guard case .invalid(let index, let named, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(index == 1 && named == field)
        }
    }

    @Test("the highest-cost rule picks children by their own weekly cost, ages on the start day")
    func highestCost() throws {
        let register = ScenarioRegister(
            costs: BudgetProjectedDemandTests.register + [
                BudgetFixture.cost("R4", "2024-01-01", nil, .k2, .pr4, [BudgetFixture.rate("2024-01-01", 9_100)])
            ],
            datesOfBirth: ["R1": Self.day("2012-06-01"), "R2": Self.day("2012-06-01"), "R4": Self.day("2008-01-01")],
            start: Self.day("2025-03-31"))
        // R4 costs most but is 17; R3 has no date of birth; R1 and R2 tie and go by reference.
        let chosen = try register.children(
            .highestCost(count: 2, category: .residentialExternal, youngest: 8, oldest: 16))
        #expect(chosen.map(\.child.child) == ["R1", "R2"])
    }
}
