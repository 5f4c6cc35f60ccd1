import CareModel
import Testing

@testable import Forecasting

@Suite("Budget monitor: a steady placement's forecast does not drift between months")
struct BudgetStabilityTests {
    /// £13,416 a week from 3 October 2024, no change, open to 31 March: 3–31 Oct 29 + Nov 30 + Dec 31 +
    /// Jan 31 + Feb 28 + Mar 31 = 180 days → 13,416 × 180 / 7 = £344,982.857 → £344,982.86 in every month.
    /// (Pricing actual and committed separately gave £344,982.85 in November and £344,982.86 in December,
    /// a 1p "cost change" for a placement whose price never changed.)
    @Test(arguments: ["2024-10", "2024-11", "2024-12", "2025-01", "2025-02"])
    func sameForecastEveryMonth(month: String) {
        let start = Day(iso: "2024-10-03")!
        let cost = PlacementCost(
            child: ChildKey(authority: "990", child: "986682"), placementStart: start,
            place: .z1, providerType: .pr4, registration: .unregistered,
            rates: [WeeklyRate(effectiveFrom: start, weekly: Money(pounds: 13_416))])
        let monitor = BudgetMonitor(costs: [cost], datesOfBirth: [:], lines: .standard, budgets: [])
        let forecast = monitor.forecast(for: Period(calendarMonth: month)!)
        #expect(forecast.total.forecast.pence == 34_498_286)
    }
}
