import CareModel

extension EntrySeasonality {
    /// Factors (and, with `trend`, a trend) fitted on the entrants of the reference window, both ends included.
    ///
    /// Entrants are counted as for the entry rates (rows starting in the window after a day not in care).
    /// Each part of a calendar month in the window has a daily rate y = entrants ÷ days. Without a trend, month
    /// m's level is its days-weighted mean rate ȳ(m) (so a part month or two Julys compare like with like).
    /// With a trend, y = α(m) + β·x is fitted by least squares over the window's months, weighted by days, x
    /// being days from the window's midpoint to the month's middle: β is the within-month slope, so it needs
    /// some calendar month seen twice (a window over 12 months); otherwise there is no trend, because one year
    /// cannot tell a trend from a season. Levels α(m) = ȳ(m) − β·x̄(m).
    /// Factor = level ÷ the covered months' average level (floored at 0), so the covered factors average 1;
    /// months outside the window keep 1. The trend's relative slope is β ÷ that average level.
    public static func fitted(
        in history: DemandHistory, referenceStart: Day, referenceEnd: Day,
        trend: Bool = false
    ) -> EntrySeasonality {
        let months = EntryMonth.months(in: history, from: referenceStart, through: referenceEnd)
        let midpoint = referenceStart.adding(days: referenceStart.days(to: referenceEnd) / 2)
        let sums = EntryMonthSums(months, midpoint: midpoint)
        let slope = trend ? sums.withinMonthSlope() : nil
        var levels = [Double](repeating: 0, count: 12)
        for m in sums.covered { levels[m] = sums.meanRate(m) - (slope ?? 0) * sums.meanOffset(m) }
        let average = sums.covered.reduce(0) { $0 + levels[$1] } / Double(max(1, sums.covered.count))
        guard average > 0 else { return EntrySeasonality() }
        var factors = EntrySeasonality.flat
        for m in sums.covered { factors[m] = max(0, levels[m] / average) }
        return EntrySeasonality(
            monthFactors: factors,
            trend: slope.map { EntryTrend(midpoint: midpoint, relativeSlopePerDay: $0 / average) })
    }
}

/// Days-weighted sums of the window's months per calendar month, for the fits above.
struct EntryMonthSums {
    let months: [EntryMonth]
    let offsets: [Double]
    var weight = [Double](repeating: 0, count: 12), entrants = [Double](repeating: 0, count: 12)
    var offsetSum = [Double](repeating: 0, count: 12)

    init(_ months: [EntryMonth], midpoint: Day) {
        self.months = months
        offsets = months.map { Double(midpoint.days(to: $0.first)) + Double($0.days - 1) / 2 }
        for (month, x) in zip(months, offsets) {
            weight[month.calendarMonth - 1] += Double(month.days)
            entrants[month.calendarMonth - 1] += month.entrants
            offsetSum[month.calendarMonth - 1] += Double(month.days) * x
        }
    }

    var covered: [Int] { (0..<12).filter { weight[$0] > 0 } }
    func meanRate(_ m: Int) -> Double { entrants[m] / weight[m] }
    func meanOffset(_ m: Int) -> Double { offsetSum[m] / weight[m] }

    /// β = Σ w (x − x̄(m)) (y − ȳ(m)) ÷ Σ w (x − x̄(m))², over the window's months; `nil` when no calendar
    /// month occurs twice (the denominator is 0).
    func withinMonthSlope() -> Double? {
        var cross = 0.0, spread = 0.0
        for (month, x) in zip(months, offsets) {
            let m = month.calendarMonth - 1, w = Double(month.days)
            let dx = x - meanOffset(m), dy = month.entrants / w - meanRate(m)
            cross += w * dx * dy
            spread += w * dx * dx
        }
        return spread > 1e-9 ? cross / spread : nil
    }
}

/// Entrants in the part of one calendar month that lies in a window.
struct EntryMonth {
    var first: Day
    var days: Int
    var calendarMonth: Int
    var entrants: Double

    /// The window cut into calendar months, with the entrants of each part.
    static func months(in history: DemandHistory, from start: Day, through end: Day) -> [EntryMonth] {
        guard start <= end else { return [] }
        var months: [EntryMonth] = []
        var first = start
        while first <= end {
            let last = min(first.endOfMonth, end)
            months.append(
                EntryMonth(first: first, days: first.days(to: last) + 1, calendarMonth: first.month, entrants: 0))
            first = last.adding(days: 1)
        }
        var monthOfDay = [Int](repeating: 0, count: start.days(to: end) + 1)
        for (i, month) in months.enumerated() {
            let offset = start.days(to: month.first)
            for d in offset..<(offset + month.days) { monthOfDay[d] = i }
        }
        for row in history.rows where row.isEntry && row.start >= start && row.start <= end {
            months[monthOfDay[start.days(to: row.start)]].entrants += 1
        }
        return months
    }
}
