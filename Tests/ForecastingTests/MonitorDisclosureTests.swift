import CareModel
import Testing

@testable import Forecasting

/// What the read-only role may see of the monitor (`MonitorReport.rowDisclosure(line:_:)`), December 2024:
/// - IFA: 4 children (I1–I4, £600, £700, £800, £900 a week) placed all year, budget for 4: every number
///   and every amount but the budget hidden;
/// - in-house fostering: 6 children (H1–H6, £350), budget for 6: everything shown;
/// - supported living: 2 children (S1, S2) who left on 15 August: 0 at period end and an average over
///   nobody are shown, but the money is the cost of 2 children and is hidden;
/// - the total: 10 budgeted, 10 at period end, 12 paid for: everything shown.
@Suite("Budget monitor: small numbers for read-only")
struct MonitorDisclosureTests {
    static func cost(
        _ id: String, _ place: PlacementType, _ provider: PlacementProvider, _ pounds: Int64,
        ended: String? = nil
    ) -> PlacementCost {
        let start = Day(iso: "2024-04-01")!
        return PlacementCost(
            child: ChildKey(authority: "990", child: id), placementStart: start,
            placementEnd: ended.map { Day(iso: $0)! },
            place: place, providerType: provider,
            rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: pounds))])
    }

    static let costs = allCosts()

    static func allCosts() -> [PlacementCost] {
        let ifa = zip(["I1", "I2", "I3", "I4"], [600, 700, 800, 900] as [Int64]).map { cost($0, .u4, .pr4, $1) }
        let inHouse = (1...6).map { cost("H\($0)", .u4, .pr1, 350) }
        let supported = ["S1", "S2"].map { cost($0, .k3, .pr4, 700, ended: "2024-08-15") }
        return ifa + inHouse + supported
    }

    static let budgets = [
        LineBudget(
            authority: "990", year: FinancialYear(2024), line: "External Fostering (IFA)", budgetedChildren: 4,
            budget: Money(pounds: 150_000)),
        LineBudget(
            authority: "990", year: FinancialYear(2024), line: "In-House Foster Care", budgetedChildren: 6,
            budget: Money(pounds: 130_000)),
    ]

    static func report(_ month: String, previous: BudgetForecast? = nil) -> MonitorReport {
        MonitorReport.compute(
            authority: "990", costs: costs, histories: [], lines: .standard, budgets: budgets, previous: previous,
            period: Period(calendarMonth: month)!)
    }

    /// (line, `nil` for the total; what read-only sees)
    @Test(
        arguments: [
            (
                "External Fostering (IFA)",
                MonitorRowDisclosure(
                    budgetedChildren: false, childrenAtPeriodEnd: false, forecast: false, averageWeeklyUnitCost: false)
            ),
            ("In-House Foster Care", .everything),
            ("External Supported Living", MonitorRowDisclosure(forecast: false)),
            ("External Residential", .everything),  // nobody, no money: zeros are shown
            (nil, .everything),
        ] as [(String?, MonitorRowDisclosure)])
    func readOnlySees(line: String?, expected: MonitorRowDisclosure) {
        let report = Self.report("2024-12")
        #expect(report.rowDisclosure(line: line, .suppressSmallNumbers) == expected)
        #expect(report.rowDisclosure(line: line, .full) == .everything)
    }

    /// The checks' inputs, by hand: IFA averages £750 over 4 children; supported living spent money.
    @Test func theFiguresBehindTheRule() {
        let report = Self.report("2024-12")
        let ifa = report.table.rows.first { $0.line == "External Fostering (IFA)" }
        #expect(ifa?.childrenAtPeriodEnd == 4 && ifa?.averageWeeklyUnitCost == Money(pounds: 750))
        let supported = report.table.rows.first { $0.line == "External Supported Living" }
        #expect(supported?.childrenAtPeriodEnd == 0 && supported?.forecast != Money.zero)
    }

    /// With November closed: IFA's previous forecast and average are 4 children's too, so the variance and
    /// the unit cost change are hidden; in-house's 6 are shown.
    @Test func previousForecastFollowsTheSameRule() {
        let report = Self.report("2024-12", previous: Self.report("2024-11").forecast)
        let ifa = report.rowDisclosure(line: "External Fostering (IFA)", .suppressSmallNumbers)
        #expect(!ifa.previousForecast && !ifa.previousAverage && !ifa.varianceToPrevious && !ifa.unitCostChange)
        #expect(report.rowDisclosure(line: "In-House Foster Care", .suppressSmallNumbers) == .everything)
    }

    /// A cause of movement is hidden when it is 1 to 5 children's placements, or when its line's change is.
    @Test(arguments: [(0, true), (1, false), (5, false), (6, true)])
    func causeOfMovement(children: Int, visible: Bool) {
        let cause = ForecastMovement.Component(
            amount: Money(pounds: 1_000), children: (0..<children).map { ChildKey(authority: "990", child: "C\($0)") })
        #expect(MonitorRowDisclosure.everything.shows(cause, .suppressSmallNumbers) == visible)
        #expect(MonitorRowDisclosure.everything.shows(cause, .full))
        #expect(!MonitorRowDisclosure(forecast: false).shows(cause, .suppressSmallNumbers))
    }
}
