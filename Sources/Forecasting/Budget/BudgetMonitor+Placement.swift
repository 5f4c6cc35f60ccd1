import CareModel

extension BudgetMonitor {
    /// The entry's actual and committed spend for the period; `nil` when it is not yet known on the
    /// period's last day or was last paid before the financial year began.
    func placementForecast(_ entry: Entry, period: Period) -> PlacementForecast? {
        let cost = entry.cost, asAt = period.last, year = period.year
        guard cost.placementStart <= asAt else { return nil }
        // An ended placement's last paid day: the day before a move, or the day the child left care.
        let open = cost.placementEnd.map { $0 > asAt } ?? true
        let lastPaid = cost.placementEnd.map { open ? asAt : entry.endsWithMove ? $0.adding(days: -1) : $0 } ?? asAt
        guard lastPaid >= year.first else { return nil }
        let actual = cost.netCost(from: max(cost.placementStart, year.first), through: lastPaid, knownOn: asAt)
        var committed = Money.zero, committedThrough: Day? = nil
        if open {
            let through = commitmentEnd(cost, year: year)
            if through > asAt {
                // Priced as one run from the year's first paid day and the actual part taken away, so a
                // placement's forecast does not move by a penny as the month end moves through a stretch
                // at one price (each stretch is rounded once, wherever the month ends).
                let whole = cost.netCost(from: max(cost.placementStart, year.first), through: through, knownOn: asAt)
                committed = whole - actual
                committedThrough = through
            }
        }
        return PlacementForecast(
            child: cost.child, placementStart: cost.placementStart, line: entry.line, actualToDate: actual,
            committed: committed, netWeeklyAtPeriodEnd: open ? cost.netWeekly(on: asAt, knownOn: asAt) : nil,
            grossWeeklyAtPeriodEnd: open ? cost.grossWeekly(on: asAt, knownOn: asAt) : nil,
            openAtPeriodEnd: open, committedThrough: committedThrough)
    }

    /// The last day committed spend runs to: the earliest of the planned end (paid that day), 31 March,
    /// and the day before the 18th birthday unless the placement continues past 18.
    func commitmentEnd(_ cost: PlacementCost, year: FinancialYear) -> Day {
        var end = year.last
        if let planned = cost.plannedEnd { end = min(end, planned) }
        if !cost.continuesPast18, let born = datesOfBirth[cost.child] {
            end = min(end, born.birthday(18).adding(days: -1))
        }
        return end
    }
}
