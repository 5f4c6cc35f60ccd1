import CareModel

@testable import Forecasting

/// A hand-built costs register of one authority ("990") for 2024-25, with every case the monitor must
/// get right. Rates are chosen as multiples of £7 a week so each day costs whole pence, except K, which
/// checks rounding. Days in 2024-25: 1 Apr–31 Dec = 275, 1 Jan–31 Mar = 90 (2025 is not a leap year).
enum BudgetFixture {
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func key(_ id: String) -> ChildKey { ChildKey(authority: "990", child: id) }
    static func rate(_ from: String, _ pounds: Int64, _ change: WeeklyRate.Change = .agreed) -> WeeklyRate {
        WeeklyRate(effectiveFrom: day(from), weekly: Money(pounds: pounds), change: change)
    }

    static func cost(
        _ id: String, _ start: String, _ end: String? = nil, _ place: PlacementType,
        _ provider: PlacementProvider, _ rates: [WeeklyRate], planned: String? = nil,
        registration: RegistrationStatus? = .ofsted, name: String? = nil,
        contributions: [Contribution] = [], past18: Bool = false
    ) -> PlacementCost {
        PlacementCost(
            child: key(id), placementStart: day(start), placementEnd: end.map(day),
            plannedEnd: planned.map(day), place: place, providerType: provider, providerName: name,
            registration: registration, rates: rates, contributions: contributions,
            continuesPast18: past18)
    }

    static let costs: [PlacementCost] = [
        // A: external residential since before the year, £4,200 (£600/day); a £4,900 package (£700/day) from 18 Nov.
        cost(
            "A", "2023-06-01", nil, .k2, .pr4,
            [rate("2023-06-01", 4_200), rate("2024-11-18", 4_900, .additionalSupport)]),
        // B: IFA, £700 (£100/day), uplift to £770 (£110/day) on 1 Oct; a January uplift not yet known at December.
        cost(
            "B", "2024-02-01", nil, .u4, .pr4,
            [
                rate("2024-02-01", 700), rate("2024-10-01", 770, .uplift),
                rate("2025-01-01", 840, .uplift),
            ]),
        // C: in-house fostering, left care 15 Aug (the leaving day is paid), £350 (£50/day).
        cost("C", "2023-09-01", "2024-08-15", .u4, .pr1, [rate("2023-09-01", 350)]),
        // D: IFA at £910 (£130/day), then moved to external residential at £5,600 (£800/day) on 20 Nov.
        cost("D", "2024-01-10", "2024-11-20", .u4, .pr4, [rate("2024-01-10", 910)]),
        cost("D", "2024-11-20", nil, .k2, .pr4, [rate("2024-11-20", 5_600)]),
        // E: supported living £1,400 (£200/day), 18 on 10 Feb 2025: committed to 9 Feb.
        cost("E", "2024-05-01", nil, .k3, .pr4, [rate("2024-05-01", 1_400)]),
        // F: supported living £700 (£100/day), 18 in January but staying on (continues past 18).
        cost("F", "2024-04-01", nil, .k3, .pr4, [rate("2024-04-01", 700)], past18: true),
        // G: external residential £6,300 (£900/day); health s117 £2,100 (£300/day) 1 Sep–31 Jan.
        cost(
            "G", "2024-07-01", nil, .k2, .pr4, [rate("2024-07-01", 6_300)],
            contributions: [
                Contribution(
                    source: .health, detail: "s117", weekly: Money(pounds: 2_100),
                    from: day("2024-09-01"), through: day("2025-01-31"))
            ]),
        // H: connected carer £245 (£35/day), planned to end 28 Feb 2025.
        cost("H", "2024-06-01", nil, .u1, .pr1, [rate("2024-06-01", 245)], planned: "2025-02-28"),
        // I: an unregistered home £8,400 (£1,200/day) from 7 Oct.
        cost(
            "I", "2024-10-07", nil, .k2, .pr4, [rate("2024-10-07", 8_400)], registration: .unregistered,
            name: "Harbour View (unregistered)"),
        // J: high cost, £12,600 (£1,800/day).
        cost("J", "2024-03-15", nil, .k2, .pr4, [rate("2024-03-15", 12_600)], name: "Hilltop Care"),
        // K: other setting at £100 a week, which does not divide into whole pence a day.
        cost("K", "2024-12-02", nil, .r2, .pr4, [rate("2024-12-02", 100)]),
        // L: ended before the year (not in it), and a placement from January (not known in December).
        cost("L", "2023-05-01", "2024-03-10", .u4, .pr1, [rate("2023-05-01", 350)]),
        cost("L", "2025-01-06", nil, .u4, .pr1, [rate("2025-01-06", 350)]),
        // M: in-house fostering £420 (£60/day) from 20 May, went home on 10 Dec.
        cost("M", "2024-05-20", "2024-12-10", .u4, .pr1, [rate("2024-05-20", 420)]),
    ]

    static let datesOfBirth: [ChildKey: Day] = [
        key("A"): day("2010-01-01"), key("E"): day("2007-02-10"), key("F"): day("2007-01-20"),
        key("J"): day("2009-05-05"),
    ]

    static let budgets = [
        LineBudget(
            authority: "990", year: FinancialYear(2024), line: "External Residential",
            budgetedChildren: 3, budget: Money(pounds: 1_000_000)),
        LineBudget(
            authority: "990", year: FinancialYear(2024), line: "Unregistered",
            budgetedChildren: 1, budget: Money(pounds: 150_000)),
        // A budget for another year must not be picked up.
        LineBudget(
            authority: "990", year: FinancialYear(2023), line: "Unregistered",
            budgetedChildren: 9, budget: Money(pounds: 9)),
    ]

    static func monitor(allowances: [String: DemandAllowance] = [:]) -> BudgetMonitor {
        BudgetMonitor(
            costs: costs, datesOfBirth: datesOfBirth, lines: .standard, budgets: budgets,
            allowances: allowances)
    }

    static let december = Period(calendarMonth: "2024-12")!
    static let october = Period(calendarMonth: "2024-10")!
}
