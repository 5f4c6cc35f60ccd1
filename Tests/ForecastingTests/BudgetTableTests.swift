import CareModel
import Testing

@testable import Forecasting

@Suite("Budget monitor: the monitor table")
struct BudgetTableTests {
    static func line(
        _ name: String, _ budgeted: Int, budget: Int64, children: Int, forecast: Int64,
        unit: Int64
    ) -> LineForecast {
        LineForecast(
            line: name, budgetedChildren: budgeted, budget: Money(pence: budget), childrenAtPeriodEnd: children,
            actualToDate: Money(pence: forecast), averageWeeklyUnitCost: Money(pence: unit))
    }

    static func forecast(_ month: String, _ lines: [LineForecast]) -> BudgetForecast {
        let total = LineForecast(
            line: "Total", budgetedChildren: lines.reduce(0) { $0 + $1.budgetedChildren },
            budget: lines.reduce(.zero) { $0 + $1.budget },
            childrenAtPeriodEnd: lines.reduce(0) { $0 + $1.childrenAtPeriodEnd },
            actualToDate: lines.reduce(.zero) { $0 + $1.forecast },
            averageWeeklyUnitCost: Money(pence: 500_000))
        return BudgetForecast(period: Period(calendarMonth: month)!, lines: lines, total: total, placements: [])
    }

    /// Two rows of the seed table (Plymouth, M9): External Residential budget £15.248m, M8 £18.650m,
    /// M9 £19.034m → variance to M8 £0.384m, to budget £3.786m; Unregistered budget £3.387m, M8 £6.043m,
    /// M9 £5.933m → −£0.110m and £2.546m. Totals: budget £18.635m, M8 £24.693m, M9 £24.967m →
    /// £0.274m and £6.332m — the sums of the rows.
    static let m8 = forecast(
        "2024-11",
        [
            line(
                "External Residential", 50, budget: 1_524_800_000, children: 63, forecast: 1_865_000_000, unit: 600_000),
            line("Unregistered", 6, budget: 338_700_000, children: 5, forecast: 604_300_000, unit: 1_500_000),
        ])
    static let m9 = forecast(
        "2024-12",
        [
            line(
                "External Residential", 50, budget: 1_524_800_000, children: 64, forecast: 1_903_400_000, unit: 610_000),
            line("Unregistered", 6, budget: 338_700_000, children: 4, forecast: 593_300_000, unit: 1_450_000),
        ])

    @Test func varianceColumns() {
        let table = MonitorTable(current: Self.m9, previous: Self.m8)
        let expected: [(String, Int64, Int64, Int64, Int64)] = [
            ("External Residential", 1_865_000_000, 38_400_000, 378_600_000, 10_000),
            ("Unregistered", 604_300_000, -11_000_000, 254_600_000, -50_000),
        ]
        #expect(table.rows.count == expected.count)
        for (row, e) in zip(table.rows, expected) {
            #expect(row.line == e.0)
            #expect(row.previousForecast?.pence == e.1)
            #expect(row.varianceToPrevious?.pence == e.2)
            #expect(row.varianceToBudget.pence == e.3)
            #expect(row.unitCostChange?.pence == e.4)
        }
        #expect(table.previousPeriod == Period(calendarMonth: "2024-11"))
    }

    @Test func totalIsTheSumOfTheLines() {
        let table = MonitorTable(current: Self.m9, previous: Self.m8)
        #expect(table.total.line == "Total")
        #expect(table.total.budget.pence == 1_863_500_000)
        #expect(table.total.forecast.pence == 2_496_700_000)
        #expect(table.total.previousForecast?.pence == 2_469_300_000)
        #expect(table.total.varianceToPrevious?.pence == 27_400_000)
        #expect(table.total.varianceToBudget.pence == 633_200_000)
        #expect(table.total.budgetedChildren == 56 && table.total.childrenAtPeriodEnd == 68)
        for keyPath in [\MonitorRow.budget, \.forecast, \.varianceToBudget] {
            #expect(table.rows.reduce(.zero) { $0 + $1[keyPath: keyPath] } == table.total[keyPath: keyPath])
        }
    }

    /// When last month was not closed there is nothing to compare with: those columns are blank.
    @Test func noPreviousLeavesColumnsBlank() {
        let table = MonitorTable(current: Self.m9, previous: nil)
        #expect(table.previousPeriod == nil)
        for row in table.rows + [table.total] {
            #expect(row.previousForecast == nil && row.varianceToPrevious == nil && row.unitCostChange == nil)
        }
        #expect(table.rows[0].varianceToBudget.pence == 378_600_000)
    }

    /// From the engine: the fixture's December table against its October forecast adds up line by line.
    @Test func engineTableAddsUp() {
        let monitor = BudgetFixture.monitor()
        let table = MonitorTable(
            current: monitor.forecast(for: BudgetFixture.december),
            previous: monitor.forecast(for: BudgetFixture.october))
        #expect(table.rows.count == 7)
        #expect(table.rows.reduce(.zero) { $0 + $1.forecast } == table.total.forecast)
        #expect(table.rows.reduce(.zero) { $0 + $1.varianceToPrevious! } == table.total.varianceToPrevious!)
        #expect(table.rows.reduce(.zero) { $0 + $1.varianceToBudget } == table.total.varianceToBudget)
        #expect(table.total.varianceToBudget.pence == 159_942_929 - 115_000_000)
    }
}
