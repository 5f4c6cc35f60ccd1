import CareModel

extension MonitorReport {
    /// What a reader with `disclosure` may see of the row of the line named `line` (`nil`: the total row).
    /// The rule, in one place for the page, the downloads and the API:
    /// - a number of children (estimated, at period end) is hidden when it is 1 to 5;
    /// - the average weekly unit cost is hidden when it averages over 1 to 5 children (those at period end);
    /// - the line's money (actual to date, committed, the allowance, the forecast and the variance to budget)
    ///   is hidden when it is the cost of 1 to 5 children — either those with a placement on the line this
    ///   year or those still placed at period end (committed spend is theirs alone) — since divided by so
    ///   few it is near enough one child's cost;
    /// - the previous forecast and its average likewise, by the children of the frozen forecast, and a
    ///   variance or change whenever either side of it is hidden;
    /// - the budget is always shown: it is the council's allocation, not what any child costs.
    /// The total row follows the same rule over every line, so it is shown unless the authority has 1 to 5
    /// children in all. With full disclosure everything is shown.
    public func rowDisclosure(line: String?, _ disclosure: Disclosure) -> MonitorRowDisclosure {
        guard disclosure != .full else { return .everything }
        let now = Self.children(in: forecast, line: line)
        let before = previous.map { Self.children(in: $0, line: line) }
        return MonitorRowDisclosure(
            budgetedChildren: disclosure.shows(children: now.budgeted),
            childrenAtPeriodEnd: disclosure.shows(children: now.atPeriodEnd),
            forecast: disclosure.shows(children: now.paidFor) && disclosure.shows(children: now.atPeriodEnd),
            previousForecast: before.map {
                disclosure.shows(children: $0.paidFor) && disclosure.shows(children: $0.atPeriodEnd)
            } ?? true,
            averageWeeklyUnitCost: disclosure.shows(children: now.atPeriodEnd),
            previousAverage: before.map { disclosure.shows(children: $0.atPeriodEnd) } ?? true)
    }

    /// The children behind a line of `forecast` (`nil`: every line): estimated when the budget was set,
    /// placed at period end, and paid for this year (distinct children with a placement on the line).
    static func children(in forecast: BudgetForecast, line: String?)
        -> (budgeted: Int, atPeriodEnd: Int, paidFor: Int)
    {
        var row: LineForecast? = forecast.total
        if let line { row = forecast.line(named: line) }
        let placements = forecast.placements.filter { line == nil || $0.line == line }
        return (row?.budgetedChildren ?? 0, row?.childrenAtPeriodEnd ?? 0, Set(placements.map(\.child)).count)
    }
}
