import CareModel
import Testing

@testable import Forecasting

/// Cost avoidance of programme plans, every figure worked out by hand in the comments (weekly × days ÷ 7,
/// in pence, rounded once, halves away from zero).
@Suite("Programmes: cost avoidance")
struct PlanSavingTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func placement(
        _ place: PlacementType, _ provider: PlacementProvider, _ start: String, _ end: String? = nil,
        planned: String? = nil, weekly: Int64
    ) -> PlacementCost {
        PlacementCost(
            child: ChildKey(authority: "990", child: "C1"), placementStart: day(start), placementEnd: end.map(day),
            plannedEnd: planned.map(day), place: place, providerType: provider,
            rates: [WeeklyRate(effectiveFrom: day(start), weekly: Money(pounds: weekly))])
    }

    static func plan(
        _ destination: PlanDestination, weekly: Int64, identified: String, target: String, first: String? = nil,
        oneOff: Int64 = 0, statuses: [PlanStatusChange] = []
    ) -> ProgrammePlan {
        ProgrammePlan(
            authority: "990", id: "P1", programme: "STEPS", child: "C1", identified: day(identified),
            destination: destination, targetWeekly: Money(pounds: weekly), firstTargetDate: day(first ?? target),
            targetDate: day(target), oneOffCost: Money(pounds: oneOff), statuses: statuses)
    }

    /// Residential at £5,000 a week from 1 January 2024; born 15 June 2012 (the day before 18 is 14 June
    /// 2030). Step-down to in-house fostering at £600 on 1 March 2026: £4,400 a week saved.
    static let crossing = PlanFacts(
        plan: plan(.home(.fosteringInHouse), weekly: 600, identified: "2025-09-01", target: "2026-03-01"),
        dateOfBirth: day("2012-06-15"), placements: [placement(.k2, .pr4, "2024-01-01", weekly: 5_000)])

    @Test("a plan crossing 31 March: in-year, full-year and to 18")
    func crossingMarch() {
        let saving = PlanSaving(facts: Self.crossing, asOf: Self.day("2025-12-01"))
        #expect(saving.weeklySaving == Money(pounds: 4_400))
        // In-year: 1–31 March 2026 = 31 days; 440,000p × 31 ÷ 7 = 1,948,571.43p → £19,485.71.
        #expect(saving.anticipated.inYear == Money(pence: 1_948_571))
        // Full year: 365 days; 440,000p × 365 ÷ 7 = 22,942,857.14p → £229,428.57.
        #expect(saving.anticipated.fullYear == Money(pence: 22_942_857))
        // To 18: 1 March 2026 to 14 June 2030 = 1,461 days to 1 March 2030 (2028 is leap) + 105 to
        // 14 June, + 1 for the first day = 1,567; 440,000p × 1,567 ÷ 7 = 98,497,142.86p → £984,971.43.
        #expect(saving.anticipated.toEighteen == Money(pence: 98_497_143))
        #expect(saving.slippage == .zero)
        #expect(saving.cohort == .unconfirmed)
        #expect(saving.move == nil && saving.realisedToDate == .zero)
    }

    @Test("a one-off cost comes off every horizon the move falls in")
    func oneOffCost() {
        var facts = Self.crossing
        facts.plan.oneOffCost = Money(pounds: 5_000)
        let saving = PlanSaving(facts: facts, asOf: Self.day("2025-12-01"))
        // £19,485.71 − £5,000 and £229,428.57 − £5,000 and £984,971.43 − £5,000.
        #expect(saving.anticipated.inYear == Money(pence: 1_448_571))
        #expect(saving.anticipated.fullYear == Money(pence: 22_442_857))
        #expect(saving.anticipated.toEighteen == Money(pence: 97_997_143))
        // Next year the move is last year's: no in-year saving and no one-off cost in it; the full year
        // still runs from the target date.
        let later = PlanSaving(facts: facts, asOf: Self.day("2026-12-01"))
        // 1 April 2026 – 31 March 2027 = 365 days; 440,000p × 365 ÷ 7 → £229,428.57, no one-off.
        #expect(later.anticipated.inYear == Money(pence: 22_942_857))
    }

    @Test("a child turning 18 before the year ends: every horizon stops the day before")
    func eighteenBeforeYearEnd() {
        // Born 10 January 2008: the day before 18 is 9 January 2026. Residential £4,200 → supported £1,400
        // from 1 November 2025: £2,800 a week for 1 Nov – 9 Jan = 30 + 31 + 9 = 70 days;
        // 280,000p × 70 ÷ 7 = 2,800,000p = £28,000.00 on all three horizons.
        let facts = PlanFacts(
            plan: Self.plan(.home(.supported), weekly: 1_400, identified: "2025-09-01", target: "2025-11-01"),
            dateOfBirth: Self.day("2008-01-10"), placements: [Self.placement(.k2, .pr4, "2024-01-01", weekly: 4_200)])
        let saving = PlanSaving(facts: facts, asOf: Self.day("2025-10-01"))
        let expected = Money(pounds: 28_000)
        #expect(saving.anticipated == SavingHorizons(inYear: expected, fullYear: expected, toEighteen: expected))
    }

    @Test("the current placement's planned end caps the saving")
    func plannedEnd() {
        // £1,000 → £300 from 1 January 2026, the placement planned to end 15 February 2026:
        // 31 + 15 = 46 days; 70,000p × 46 ÷ 7 = 460,000p = £4,600.00, in-year and full-year.
        let facts = PlanFacts(
            plan: Self.plan(.home(.fosteringInHouse), weekly: 300, identified: "2025-09-01", target: "2026-01-01"),
            dateOfBirth: Self.day("2015-01-01"),
            placements: [Self.placement(.u4, .pr4, "2024-01-01", planned: "2026-02-15", weekly: 1_000)])
        let saving = PlanSaving(facts: facts, asOf: Self.day("2025-10-01"))
        #expect(saving.anticipated.inYear == Money(pounds: 4_600))
        #expect(saving.anticipated.fullYear == Money(pounds: 4_600))
    }

    /// Residential £3,500 from 1 April 2024 to 31 July 2025, then an agency foster home at £980 from
    /// 1 August. The plan aimed at in-house fostering (£550) on 1 June 2025: £2,950 a week.
    static let late = PlanFacts(
        plan: plan(
            .home(.fosteringInHouse), weekly: 550, identified: "2025-04-15", target: "2025-06-01",
            statuses: [PlanStatusChange(day: day("2025-08-01"), status: .achieved)]),
        dateOfBirth: day("2011-05-05"),
        placements: [
            placement(.k2, .pr4, "2024-04-01", "2025-07-31", weekly: 3_500),
            placement(.u4, .pr4, "2025-08-01", weekly: 980),
        ])

    @Test("a plan achieved late: realised from the move at the actual price, slippage from the first date")
    func achievedLate() {
        let saving = PlanSaving(facts: Self.late, asOf: Self.day("2025-10-31"))
        #expect(saving.cohort == .achieved)
        #expect(saving.move?.day == Self.day("2025-08-01"))
        #expect(saving.newWeekly == Money(pounds: 980))
        // Anticipated in-year from 1 June 2025 to 31 March 2026 = 304 days;
        // 295,000p × 304 ÷ 7 = 12,811,428.57p → £128,114.29.
        #expect(saving.anticipated.inYear == Money(pence: 12_811_429))
        // From the move, 1 August, it would be 243 days: 295,000p × 243 ÷ 7 = 10,240,714.29p → £102,407.14;
        // slippage £128,114.29 − £102,407.14 = £25,707.15. The full year is 365 days either way: none.
        #expect(saving.slippage.inYear == Money(pence: 2_570_715))
        #expect(saving.slippage.fullYear == .zero)
        // Realised 1 August – 31 October = 92 days at £3,500 − £980 = £2,520:
        // 252,000p × 92 ÷ 7 = 3,312,000p = £33,120.00.
        #expect(saving.realisedToDate == Money(pounds: 33_120))
        #expect(saving.realisedInYear == Money(pounds: 33_120))
        #expect(!saving.moveNotRecorded)
    }

    @Test("leaving care: realised from the day after the last placement ends, at the target weekly")
    func leavesCare() {
        // In-house fostering £850 until 30 June 2025; special guardianship allowance £200 after:
        // 1–31 July = 31 days × £650; 65,000p × 31 ÷ 7 = 287,857.14p → £2,878.57.
        let facts = PlanFacts(
            plan: Self.plan(.leavesCare, weekly: 200, identified: "2025-04-01", target: "2025-09-01"),
            dateOfBirth: Self.day("2014-03-03"),
            placements: [Self.placement(.u4, .pr1, "2022-01-01", "2025-06-30", weekly: 850)])
        let saving = PlanSaving(facts: facts, asOf: Self.day("2025-07-31"))
        #expect(saving.move?.day == Self.day("2025-07-01"))
        #expect(saving.realisedToDate == Money(pence: 287_857))
        #expect(saving.moveNotRecorded)
    }

    @Test("no placement open on the day identified: nothing is claimed")
    func noPlacement() {
        let facts = PlanFacts(
            plan: Self.plan(.home(.fosteringInHouse), weekly: 600, identified: "2023-01-01", target: "2023-06-01"),
            dateOfBirth: Self.day("2012-06-15"), placements: [Self.placement(.k2, .pr4, "2024-01-01", weekly: 5_000)])
        let saving = PlanSaving(facts: facts, asOf: Self.day("2025-12-01"))
        #expect(saving.currentWeekly == nil)
        #expect(saving.anticipated == .zero && saving.weeklySaving == .zero)
    }
}
