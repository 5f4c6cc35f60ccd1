import CareModel

extension BudgetMonitor {
    /// The allowance for placements not yet made on a line, to the penny.
    ///
    /// `recentNetNew(months: N)`: the line's net new placements per month are (placements started on the
    /// line − placements ended on the line) in the N months ending with the period, ÷ N. Each month after
    /// the period to March adds that many placements at the line's average net weekly cost at period end,
    /// taken to start on the 16th and run to 31 March inclusive. So the allowance is
    /// (started − ended) ÷ N × average weekly × (Σ over later months of days from the 16th to 31 March) ÷ 7,
    /// rounded once, halves away from zero. It is negative when more placements ended than started.
    ///
    /// `projectedDemand`: the line's projected cost from the day after the period to 31 March (`projectedCosts`,
    /// shared between lines as the register's costs are, `BudgetDemandProjection`) less the line's `committed`
    /// spend, floored at zero: the children already placed are in the projection too, so what is left is the
    /// cost of the expected new placements net of the expected endings.
    func demandAllowance(line: String, averageWeekly: Money, period: Period, committed: Money = .zero) -> Money {
        switch allowances[line]?.method {
        case .projectedDemand:
            return max(.zero, (projectedCosts[line] ?? .zero) - committed)
        case .recentNetNew(let months) where months > 0:
            return recentAllowance(line: line, months: months, averageWeekly: averageWeekly, period: period)
        default:
            return .zero
        }
    }

    /// The `recentNetNew` allowance (see `demandAllowance`).
    private func recentAllowance(line: String, months: Int, averageWeekly: Money, period: Period) -> Money {
        let days = laterMonthDays(after: period)
        guard days > 0 else { return .zero }
        let net = netNewPlacements(line: line, months: months, endingWith: period)
        return Money.rounded(Int64(net) * averageWeekly.pence * Int64(days), over: Int64(7 * months))
    }

    /// Σ over each month after the period up to March of the days from its 16th to 31 March, inclusive.
    func laterMonthDays(after period: Period) -> Int {
        let yearEnd = period.year.last
        var total = 0
        var month = period.first.adding(months: 1)
        while month <= yearEnd {
            total += month.adding(days: 15).days(to: yearEnd) + 1
            month = month.adding(months: 1)
        }
        return total
    }

    /// Placements started on the line minus placements ended on it, in the `months` months ending with
    /// the period (which may reach back into the previous financial year).
    func netNewPlacements(line: String, months: Int, endingWith period: Period) -> Int {
        let first = period.first.adding(months: -(months - 1)), last = period.last
        var net = 0
        for entry in entries where entry.line == line {
            if (first...last).contains(entry.cost.placementStart) { net += 1 }
            if let end = entry.cost.placementEnd, (first...last).contains(end) { net -= 1 }
        }
        return net
    }
}
