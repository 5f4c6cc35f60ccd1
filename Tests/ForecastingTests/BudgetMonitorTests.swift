import CareModel
import Testing

@testable import Forecasting

@Suite("Budget monitor: forecast outturn")
struct BudgetMonitorTests {
    typealias F = BudgetFixture

    /// December 2024 (P9), line by line: (line, budgeted, budget, children, actual, committed, average weekly).
    /// External Residential: A 231d×£600 + 44d×£700 = £169,400 actual, 90d×£700 = £63,000 committed;
    ///   D 42d×£800 = £33,600 / 90d×£800 = £72,000; G 62d×£900 + 122d×£600 = £129,000 / 31d×£600 + 59d×£900
    ///   = £71,700; J 275d×£1,800 = £495,000 / 90d×£1,800 = £162,000 → £827,000 / £368,700;
    ///   average (4,900 + 5,600 + 4,200 + 12,600) / 4 = £6,825 (G net of health).
    /// Unregistered: I 86d×£1,200 = £103,200 / 90d×£1,200 = £108,000.
    /// IFA: B 183d×£100 + 92d×£110 = £28,420 / 90d×£110 = £9,900 (January uplift not yet known);
    ///   D 233d×£130 = £30,290 to 19 Nov (the move day is paid by the new home) → £58,710 / £9,900.
    /// In-house fostering: C 137d×£50 = £6,850 (leaving day paid); M 205d×£60 = £12,300; L not in the year.
    /// Connected carers: H 214d×£35 = £7,490 / to planned end 28 Feb, 59d×£35 = £2,065.
    /// Supported: E 245d×£200 = £49,000 / to the day before 18th, 40d×£200 = £8,000;
    ///   F 275d×£100 = £27,500 / 90d×£100 = £9,000 (stays past 18) → £76,500 / £17,000, average £1,050.
    /// Other: K £100×30/7 = £428.571… → £428.57 / £100×90/7 = £1,285.714… → £1,285.71.
    static let december: [(String, Int, Int64, Int, Int64, Int64, Int64)] = [
        ("External Residential", 3, 100_000_000, 4, 82_700_000, 36_870_000, 682_500),
        ("Unregistered", 1, 15_000_000, 1, 10_320_000, 10_800_000, 840_000),
        ("External Fostering (IFA)", 0, 0, 1, 5_871_000, 990_000, 77_000),
        ("In-House Foster Care", 0, 0, 0, 1_915_000, 0, 0),
        ("In-House Connected Carers", 0, 0, 1, 749_000, 206_500, 24_500),
        ("External Supported Living", 0, 0, 2, 7_650_000, 1_700_000, 105_000),
        // K: £100 a week from 2 Dec. Actual 2–31 Dec = 30 days → 100 × 30 / 7 = £428.571 → £428.57.
        // Committed = the whole run priced once, less actual: 2 Dec–31 Mar = 30 + 31 + 28 + 31 = 120 days
        // → 100 × 120 / 7 = £1,714.2857 → £1,714.29; £1,714.29 − £428.57 = £1,285.72.
        ("Other Placement Settings", 0, 0, 1, 42_857, 128_572, 10_000),
    ]

    @Test func linesForDecember() {
        let forecast = F.monitor().forecast(for: F.december)
        #expect(forecast.lines.count == Self.december.count)
        for (line, expected) in zip(forecast.lines, Self.december) {
            #expect(line.line == expected.0)
            #expect(line.budgetedChildren == expected.1)
            #expect(line.budget.pence == expected.2)
            #expect(line.childrenAtPeriodEnd == expected.3)
            #expect(line.actualToDate.pence == expected.4)
            #expect(line.committed.pence == expected.5)
            #expect(line.demandAllowance == .zero)
            #expect(line.forecast.pence == expected.4 + expected.5)
            #expect(line.averageWeeklyUnitCost.pence == expected.6)
        }
    }

    /// Total actual £1,092,478.57 + committed £506,950.72 = £1,599,429.29; 10 children;
    /// average of the 10 open placements' net weekly costs £38,915 / 10 = £3,891.50.
    @Test func totalForDecember() {
        let total = F.monitor().forecast(for: F.december).total
        #expect(total.line == "Total")
        #expect(total.actualToDate.pence == 109_247_857)
        #expect(total.committed.pence == 50_695_072)
        #expect(total.forecast.pence == 159_942_929)
        #expect(total.childrenAtPeriodEnd == 10)
        #expect(total.budgetedChildren == 4)
        #expect(total.budget.pence == 115_000_000)
        #expect(total.averageWeeklyUnitCost.pence == 389_150)
    }

    /// Placement detail: the move, the 18th birthday, the planned end, and what is left out.
    @Test func placementDetail() {
        let placements = F.monitor().forecast(for: F.december).placements
        let byKey = Dictionary(
            uniqueKeysWithValues: placements.map { ("\($0.child.child) \($0.placementStart.iso)", $0) })
        #expect(placements.count == 13)  // 15 entries less L's two
        #expect(byKey["L 2023-05-01"] == nil && byKey["L 2025-01-06"] == nil)
        let fostering = byKey["D 2024-01-10"]!
        #expect(
            !fostering.openAtPeriodEnd && fostering.committedThrough == nil && fostering.netWeeklyAtPeriodEnd == nil)
        #expect(byKey["D 2024-11-20"]!.line == "External Residential")
        #expect(byKey["E 2024-05-01"]!.committedThrough == F.day("2025-02-09"))
        #expect(byKey["F 2024-04-01"]!.committedThrough == F.day("2025-03-31"))
        #expect(byKey["H 2024-06-01"]!.committedThrough == F.day("2025-02-28"))
        let g = byKey["G 2024-07-01"]!
        #expect(g.netWeeklyAtPeriodEnd == Money(pounds: 4_200) && g.grossWeeklyAtPeriodEnd == Money(pounds: 6_300))
        #expect(byKey["B 2024-02-01"]!.grossWeeklyAtPeriodEnd == Money(pounds: 770))
    }

    /// In October, what happened later is not known: D is still in IFA fostering, A's package is not
    /// agreed, and M has not gone home.
    /// A: 214d×£600 = £128,400 actual, 151d×£600 = £90,600 committed.
    /// D: 214d×£130 = £27,820 actual, 151d×£130 = £19,630 committed, all on the IFA line.
    @Test func octoberKnowsOnlyOctober() {
        let forecast = F.monitor().forecast(for: F.october)
        let byChild = Dictionary(grouping: forecast.placements, by: \.child.child)
        #expect(byChild["D"]!.count == 1)
        #expect(byChild["D"]![0].actualToDate.pence == 2_782_000 && byChild["D"]![0].committed.pence == 1_963_000)
        #expect(byChild["A"]![0].actualToDate.pence == 12_840_000 && byChild["A"]![0].committed.pence == 9_060_000)
        #expect(byChild["K"] == nil)
        #expect(byChild["M"]![0].openAtPeriodEnd)
    }

    /// B in January: the uplift to £840 (£120/day) from 1 January is now known.
    /// Actual £28,420 + 31d×£120 = £32,140; committed 59d×£120 = £7,080.
    @Test func laterRateCountsOnceKnown() {
        let forecast = F.monitor().forecast(for: Period(calendarMonth: "2025-01")!)
        let b = forecast.placements.first { $0.child.child == "B" }!
        #expect(b.actualToDate.pence == 3_214_000)
        #expect(b.committed.pence == 708_000)
    }

    /// FY 2023-24 has 366 days. A £700 a week (£100/day) placement all year, forecast at February (P11):
    /// 1 Apr 2023–29 Feb 2024 = 366 − 31 = 335 days = £33,500 actual; March 31 days = £3,100 committed;
    /// together 366 × £100 = £36,600. At March (P12) all of it is actual and nothing is committed.
    @Test func leapYear() {
        let cost = PlacementCost(
            child: F.key("Z"), placementStart: F.day("2023-03-01"),
            rates: [WeeklyRate(effectiveFrom: F.day("2023-03-01"), weekly: Money(pounds: 700))])
        let monitor = BudgetMonitor(costs: [cost], datesOfBirth: [:], lines: .standard, budgets: [])
        let february = monitor.forecast(for: Period(calendarMonth: "2024-02")!).total
        #expect(february.actualToDate.pence == 3_350_000 && february.committed.pence == 310_000)
        let march = monitor.forecast(for: Period(calendarMonth: "2024-03")!).total
        #expect(march.actualToDate.pence == 3_660_000 && march.committed == .zero)
    }

    /// Demand allowance at December. Later months' days from the 16th to 31 March:
    /// January 75 (16 + 28 + 31), February 44 (13 + 31), March 16 → 135.
    /// External Residential, last 3 months (Oct–Dec): D started, none ended → net 1;
    ///   1/3 × £6,825 × 135 / 7 = £43,875 exactly.
    /// IFA, last 2 months (Nov–Dec): none started, D's fostering ended → net −1;
    ///   −1/2 × £770 × 135 / 7 = −£7,425.
    @Test func demandAllowance() {
        let monitor = F.monitor(allowances: [
            "External Residential": .recentNetNew(months: 3),
            "External Fostering (IFA)": .recentNetNew(months: 2),
            "Unregistered": .none,
        ])
        #expect(monitor.laterMonthDays(after: F.december) == 135)
        let forecast = monitor.forecast(for: F.december)
        #expect(forecast.line(named: "External Residential")!.demandAllowance.pence == 4_387_500)
        #expect(forecast.line(named: "External Fostering (IFA)")!.demandAllowance.pence == -742_500)
        #expect(forecast.line(named: "Unregistered")!.demandAllowance == .zero)
        #expect(forecast.total.demandAllowance.pence == 4_387_500 - 742_500)
        #expect(forecast.total.forecast.pence == 159_942_929 + 4_387_500 - 742_500)
        #expect(monitor.forecast(for: Period(calendarMonth: "2025-03")!).total.demandAllowance == .zero)
    }

    /// A placement that no line's rule accepts still counts, on an "Unassigned" line after the others.
    @Test func unassignedPlacementsAreNotLost() {
        let lines = BudgetLineSet(lines: [BudgetLine(name: "Fostering", categories: [.fosteringAgency])])
        let cost = PlacementCost(
            child: F.key("Y"), placementStart: F.day("2024-12-25"), place: .k2, providerType: .pr4,
            rates: [WeeklyRate(effectiveFrom: F.day("2024-12-25"), weekly: Money(pounds: 7))])
        let forecast = BudgetMonitor(costs: [cost], datesOfBirth: [:], lines: lines, budgets: [])
            .forecast(for: F.december)
        #expect(forecast.lines.map(\.line) == ["Fostering", "Unassigned"])
        #expect(forecast.total.forecast.pence == 97 * 100)  // 25 Dec–31 Mar = 7 + 90 = 97 days at £1
    }
}

/// The forecast with programme plans' planned moves counted on.
@Suite("Budget monitor: planned moves")
struct BudgetPlannedMoveTests {
    static func move(_ child: String, _ day: String, _ destination: PlanDestination, _ weekly: Int64) -> PlannedMove {
        PlannedMove(
            child: BudgetFixture.key(child), plan: "P-\(child)", programme: "STEPS", day: BudgetFixture.day(day),
            destination: destination, newWeekly: Money(pounds: weekly))
    }

    @Test("each move takes the old home's committed spend off its line and adds the new home's")
    func plannedMoves() {
        let moves = [
            // A: external residential £4,900 (£700/day) to in-house fostering £350 (£50/day) on 1 February:
            // 1 Feb – 31 Mar = 28 + 31 = 59 days; −£700 × 59 = −£41,300 and +£50 × 59 = +£2,950.
            Self.move("A", "2025-02-01", .home(.fosteringInHouse), 350),
            // G: external residential £6,300 (£900/day; its health contribution ended 31 January) leaves care
            // on 1 March: 31 days, −£900 × 31 = −£27,900, nothing added to a placement line.
            Self.move("G", "2025-03-01", .leavesCare, 200),
            // Before the period's end: already in the register or not, it is not counted.
            Self.move("B", "2024-12-15", .home(.fosteringInHouse), 350),
        ]
        let monitor = BudgetMonitor(
            costs: BudgetFixture.costs, datesOfBirth: BudgetFixture.datesOfBirth, lines: .standard,
            budgets: BudgetFixture.budgets, plannedMoves: moves)
        let forecast = monitor.forecast(for: BudgetFixture.december)
        let base = BudgetFixture.monitor().forecast(for: BudgetFixture.december)
        let planned = Dictionary(uniqueKeysWithValues: forecast.lines.map { ($0.line, $0.plannedMoves) })
        #expect(planned["External Residential"] == Money(pounds: -69_200))
        #expect(planned["In-House Foster Care"] == Money(pounds: 2_950))
        #expect(planned["External Fostering (IFA)"] == .zero)
        #expect(forecast.total.plannedMoves == Money(pounds: -66_250))
        #expect(forecast.total.forecast == base.total.forecast - Money(pounds: 66_250))
        // The movement from the forecast without them names the change.
        let movements = BudgetMonitor.movements(from: base, to: forecast)
        let residential = movements.first { $0.line == "External Residential" }
        #expect(residential?.plannedMovesChange.amount == Money(pounds: -69_200))
        #expect(residential?.explained == residential?.change)
    }
}
