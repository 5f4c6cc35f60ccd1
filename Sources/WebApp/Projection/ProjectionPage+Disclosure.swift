import CareModel
import Forecasting

/// Small-number suppression on the projection page (`SmallNumbers`). A projection is made of expected
/// numbers, not children, but a forecast of 3 children in secure care next month is about real children,
/// so a number that rounds to 1 to 5 is hidden like a count, and so is any cost or chart line that would
/// give it away.
extension ProjectionPage {
    /// Children to the nearest whole child, or "fewer than 6" where the reader may not see the number.
    func wholeOrFewer(_ value: Double) -> String {
        disclosure.shows(expected: value) ? Self.whole(value) : SmallNumbers.fewer
    }

    /// An expected number with its range ("12.3 (8 to 17)"), or "fewer than 6" without the range, which
    /// would give the number away.
    func projected(_ count: ProjectedMonth.Count) -> String {
        disclosure.shows(expected: count.mean) ? "\(Self.children(count.mean)) (\(range(count)))" : SmallNumbers.fewer
    }

    /// For each column (each kind of home, then all children), whether `months` show it as "fewer than 6"
    /// in any month: the chart leaves such a line out, as a line through the other months would show
    /// roughly how small the hidden ones were.
    func hiddenLines(_ months: [ProjectedMonth]) -> [Bool] {
        Self.columnNames.indices.map { i in
            months.contains { i < $0.counts.count && !disclosure.shows(expected: $0.counts[i].mean) }
        }
    }

    /// For each month of the projected cost, whether each column's cost is hidden: when that kind of home
    /// (or all children) is expected to hold 1 to 5 children on any projected day of the month, since the
    /// cost divided by the weekly price, which the reader may type in, is their number.
    func hiddenCosts(_ projection: DemandProjection) -> [[Bool]] {
        let periods = projection.costs?.periods ?? []
        let none = Array(repeating: false, count: Self.columnNames.count)
        guard disclosure != .full else { return periods.map { _ in none } }
        var hidden: [Int: [Bool]] = [:]
        for point in projection.markov ?? [] {
            let means = DemandCategory.inCare.map(point.mean(of:)) + [point.meanInCare]
            let small = means.map { !disclosure.shows(expected: $0) }
            let month = point.date.year * 12 + point.date.month
            hidden[month] = zip(hidden[month] ?? none, small).map { $0 || $1 }
        }
        // A month with no projected day to judge it by is hidden: nothing says it is safe to show.
        let all = none.map { !$0 }
        return periods.map { hidden[$0.period.calendarYear * 12 + $0.period.calendarMonth] ?? all }
    }
}
