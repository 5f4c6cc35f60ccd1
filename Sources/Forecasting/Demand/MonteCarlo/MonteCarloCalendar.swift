import CareModel

/// The month-end dates a Monte-Carlo run reports, as day offsets from the projection start, with a lookup
/// from any day of the run to the first month end on or after it, so a child's stay is counted without search.
struct MonteCarloCalendar: Sendable {
    /// Month ends after the start, up to and including the last projected day.
    let monthEnds: [Day]
    /// `offsets[j]` = days from the start to `monthEnds[j]` (all ≥ 1: the start day itself is not reported).
    let offsets: [Int]
    /// `firstAtOrAfter[day]` = the first j with `offsets[j] ≥ day`, for day 0 … days (`offsets.count` if none).
    let firstAtOrAfter: [Int]

    init(start: Day, days: Int) {
        let last = start.adding(days: max(0, days))
        var ends: [Day] = []
        var end = start.adding(days: 1).endOfMonth
        while end <= last {
            ends.append(end)
            end = end.adding(days: 1).endOfMonth
        }
        monthEnds = ends
        offsets = ends.map { start.days(to: $0) }
        var lookup = [Int](repeating: ends.count, count: max(0, days) + 1)
        var j = 0
        for day in lookup.indices {
            while j < offsets.count && offsets[j] < day { j += 1 }
            lookup[day] = j
        }
        firstAtOrAfter = lookup
    }
}
