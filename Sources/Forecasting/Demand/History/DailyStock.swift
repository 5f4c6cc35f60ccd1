import CareModel

/// Children in each demand state on each day of a span, built by a running sum of starts and ends as the
/// regional `stock` table is (cumulative DECOMs minus DECs, forward-filled daily).
struct DailyStock {
    let first: Day
    let dayCount: Int
    /// `counts[day * DemandState.count + state]`.
    private(set) var counts: [Double]

    init(rows: [DemandEpisode], from first: Day, through last: Day) {
        let states = DemandState.count
        self.first = first
        dayCount = max(0, first.days(to: last) + 1)
        var counts = [Double](repeating: 0, count: dayCount * states)
        guard dayCount > 0 else { self.counts = counts; return }
        for row in rows {
            let s = row.state.index
            if row.isOpen(on: first) { counts[s] += 1 }
            let startOffset = first.days(to: row.start)
            if startOffset > 0 && startOffset < dayCount { counts[startOffset * states + s] += 1 }
            if let end = row.end {
                let endOffset = first.days(to: end)
                if endOffset > 0 && endOffset < dayCount { counts[endOffset * states + s] -= 1 }
            }
        }
        for day in 1..<max(1, dayCount) {
            for s in 0..<states { counts[day * states + s] += counts[(day - 1) * states + s] }
        }
        self.counts = counts
    }

    /// Children in `state` on the day `day` days after `first`.
    func count(day: Int, state: Int) -> Double { counts[day * DemandState.count + state] }

    /// Days of the span on which `state` had anyone.
    func daysWithChildren(state: Int) -> Int {
        var days = 0
        for day in 0..<dayCount where counts[day * DemandState.count + state] > 0 { days += 1 }
        return days
    }
}
