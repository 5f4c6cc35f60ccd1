import CareModel

/// Pricing a register entry over a stretch of days, as it was known on a given day.
///
/// The one arithmetic rule of the budget monitor: the cost of a stretch of days is
/// `Money.weekly(net weekly, days)` (weekly × days / 7, rounded to the penny half away from zero),
/// worked out separately for each run of days at a constant net weekly price — split where a rate
/// changes or a contribution starts or stops — and summed. Pricing stretch by stretch, rather than day
/// by day, keeps results exact to the penny and the same however the days are grouped into months.
///
/// As-at: a rate or contribution that takes effect after `knownOn` had not been agreed then, so it is
/// ignored; the price in force on `knownOn` carries on, less contributions known then until their
/// `through` day.
extension PlacementCost {
    /// The gross weekly price on `day` as known on `knownOn`; `nil` before the first rate.
    func grossWeekly(on day: Day, knownOn: Day) -> Money? {
        let limit = min(day, knownOn)
        return rates.last { $0.effectiveFrom <= limit }?.weekly
    }

    /// The net weekly cost on `day` as known on `knownOn`: gross less contributions known and covering the day.
    func netWeekly(on day: Day, knownOn: Day) -> Money {
        guard let gross = grossWeekly(on: day, knownOn: knownOn) else { return .zero }
        var net = gross
        for c in contributions where c.from <= knownOn && c.covers(day) { net = net - c.weekly }
        return net
    }

    /// The net cost of the days `first` through `last` (both included) as known on `knownOn`;
    /// zero when `last` is before `first`.
    func netCost(from first: Day, through last: Day, knownOn: Day) -> Money {
        guard first <= last else { return .zero }
        let starts = priceChangeDays(after: first, through: last, knownOn: knownOn)
        var total = Money.zero
        var runStart = first
        var runPrice = netWeekly(on: first, knownOn: knownOn)
        for day in starts {
            let price = netWeekly(on: day, knownOn: knownOn)
            if price == runPrice { continue }  // a stretch is a run of one price, however it was recorded
            total = total + Money.weekly(runPrice, days: runStart.days(to: day))
            (runStart, runPrice) = (day, price)
        }
        return total + Money.weekly(runPrice, days: runStart.days(to: last) + 1)
    }

    /// Days after `first` and up to `last` on which the net price may change, in order, without repeats.
    private func priceChangeDays(after first: Day, through last: Day, knownOn: Day) -> [Day] {
        var days: [Day] = rates.map(\.effectiveFrom).filter { $0 <= knownOn }
        for c in contributions where c.from <= knownOn {
            days.append(c.from)
            if let through = c.through { days.append(through.adding(days: 1)) }
        }
        return Set(days.filter { $0 > first && $0 <= last }).sorted()
    }
}
