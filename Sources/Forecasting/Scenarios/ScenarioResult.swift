import CareModel

/// A scenario priced month by month against the baseline: children by kind of home and cost, each with
/// its likely range when the projection had Monte-Carlo paths, the difference from the baseline, and the
/// invest-to-save line — investment (capital and running costs) against cumulative net saving, with the
/// month it breaks even.
public struct ScenarioResult: Sendable, Hashable, Codable {
    public var scenario: Scenario
    public var months: [ScenarioMonth]
    /// Scenario cost less baseline cost over the whole period (negative: a saving), rounded once.
    public var difference: Money
    public var investment: Money
    /// The first month whose cumulative net saving (avoided cost less investment) is zero or more after
    /// money has been invested; `nil` when it never is within the period, or nothing is invested.
    public var breakEven: Period?

    init(scenario: Scenario, baseline: ScenarioProjection, own: ScenarioProjection, ledger: ScenarioLedger) {
        self.scenario = scenario
        var months: [ScenarioMonth] = []
        var cumulative = Money.zero, invested = Money.zero, breakEven: Period?
        for (m, period) in own.periods.enumerated() {
            let levers = Money.weekly(Money(roundingPence: ledger.investment[m] - ledger.avoided[m]), days: 1)
            let investment = Money.weekly(Money(roundingPence: ledger.investment[m]), days: 1)
            let cost = own.monthlyCost[m] + levers
            let base = m < baseline.monthlyCost.count ? baseline.monthlyCost[m] : .zero
            cumulative = cumulative + base - cost
            invested = invested + investment
            if breakEven == nil, invested > .zero, cumulative >= .zero { breakEven = period }
            let shift = (0..<DemandCategory.inCare.count).map { ledger.moved[$0][ledger.lastDay(of: m)] }
            months.append(
                ScenarioMonth(
                    period: period, children: zip(own.monthEndChildren[m], shift).map { $0 + $1 },
                    childrenRange: own.childrenRange.map { $0[m] }, cost: cost,
                    costRange: own.costRange.map { ($0[m].lowerBound + levers)...($0[m].upperBound + levers) },
                    baselineCost: base, investment: investment, cumulativeNetSaving: cumulative))
        }
        self.months = months
        let leverTotal = ledger.investment.reduce(0, +) - ledger.avoided.reduce(0, +)
        difference =
            zip(own.monthlyCost, baseline.monthlyCost).reduce(Money.zero) { $0 + $1.0 - $1.1 }
            + Money.weekly(Money(roundingPence: leverTotal), days: 1)
        investment = Money.weekly(Money(roundingPence: ledger.investment.reduce(0, +)), days: 1)
        self.breakEven = breakEven
    }
}

/// One month of a scenario.
public struct ScenarioMonth: Sendable, Hashable, Codable {
    public var period: Period
    /// Expected children at the month end per `DemandCategory.inCare` (fostering, residential, supported,
    /// other).
    public var children: [Double]
    /// The likely range of all children in care at the month end (the projection's, before levers move
    /// children between kinds of home, which leaves the total unchanged).
    public var childrenRange: ClosedRange<Double>?
    public var cost: Money
    public var costRange: ClosedRange<Money>?
    public var baselineCost: Money
    /// Capital and running costs of the levers this month.
    public var investment: Money
    /// Baseline cost less scenario cost, summed from the first month.
    public var cumulativeNetSaving: Money

    /// Scenario cost less baseline cost (negative: a saving).
    public var difference: Money { cost - baselineCost }
}

extension ScenarioLedger {
    /// The last projected day of month m.
    func lastDay(of m: Int) -> Int { monthOfDay.lastIndex(of: m) ?? max(0, days - 1) }
}
