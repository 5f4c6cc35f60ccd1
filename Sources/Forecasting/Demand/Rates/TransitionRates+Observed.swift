import CareModel

extension TransitionRates {
    /// Rates observed in `histories` over the reference window (both ends included), with the regional
    /// data window; see `observed(in:referenceStart:referenceEnd:)`.
    public static func rates(from histories: [ChildHistory], referenceStart: Day, referenceEnd: Day) -> TransitionRates
    {
        observed(in: DemandHistory(histories: histories), referenceStart: referenceStart, referenceEnd: referenceEnd)
    }

    /// Rates observed over the reference window, computed as the regional `population_stats.py` does:
    ///
    /// - transition r(s→s′) = mean over reference days d of T_d(s→s′) / n_{d−1}(s), where T_d counts rows
    ///   ending on d whose start state is s and whose end state (end band, next category or Not in care)
    ///   is s′, and n_{d−1} is the stock the day before. Days with n_{d−1}(s) = 0 are 0/0 = NaN and left out
    ///   of the mean; a state with no such day gets 0. The first day of the data window has no previous
    ///   day (the regional stock table starts there), so it is left out too, as are days after the window.
    /// - entry rate into s = rows starting in [start, end] after a day not in care, ÷ (days in window + 1).
    public static func observed(in history: DemandHistory, referenceStart: Day, referenceEnd: Day) -> TransitionRates {
        var rates = TransitionRates()
        rates.observeTransitions(in: history, referenceStart: referenceStart, referenceEnd: referenceEnd)
        rates.observeEntries(in: history, referenceStart: referenceStart, referenceEnd: referenceEnd)
        return rates
    }

    private mutating func observeTransitions(in history: DemandHistory, referenceStart: Day, referenceEnd: Day) {
        let first = max(referenceStart, history.dataStart.adding(days: 1))
        let last = min(referenceEnd, history.dataEnd)
        guard first <= last else { return }
        let previous = DailyStock(rows: history.rows, from: first.adding(days: -1), through: last.adding(days: -1))
        let states = DemandState.count
        var sums = [Double](repeating: 0, count: states * states)
        for row in history.rows {
            guard let end = row.end, end >= first, end <= last, let to = row.destination else { continue }
            let stock = previous.count(day: first.days(to: end), state: row.state.index)
            if stock > 0 {
                sums[row.state.index * states + to.index] += 1 / stock
            } else {
                transitionsWithoutStock += 1
            }
        }
        for from in 0..<states {
            let days = previous.daysWithChildren(state: from)
            guard days > 0 else { continue }
            for to in 0..<states { transition[from * states + to] = sums[from * states + to] / Double(days) }
        }
    }

    private mutating func observeEntries(in history: DemandHistory, referenceStart: Day, referenceEnd: Day) {
        guard referenceStart <= referenceEnd else { return }
        for row in history.rows where row.isEntry && row.start >= referenceStart && row.start <= referenceEnd {
            entry[row.state.index] += 1
        }
        // The issue and anchors (§3.3) give days + 1: the window's days counted inclusively.
        let days = Double(referenceStart.days(to: referenceEnd) + 1)
        for i in entry.indices { entry[i] /= days }
    }
}
