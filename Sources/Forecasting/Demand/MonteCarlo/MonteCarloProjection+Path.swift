import CareModel

/// Month-end counts (and month costs, when priced) of a run of consecutive paths, path after path, each
/// `MonteCarloResult.seriesCount` series (the four in-care categories, then the total) per month end.
struct MonteCarloPaths: Sendable {
    var counts: [Int32]
    var costs: [Double]
}

/// What one path is writing: its month-end changes and, when priced, its daily occupancy changes.
private struct PathTally {
    var counts: [Int32]
    var base: Int
    /// `occupancy[day * 4 + category]`: +1 where a stay in care starts, −1 where it stops (projected days only).
    var occupancy: [Int32]
}

extension MonteCarloProjection {
    func simulate(paths range: Range<Int>, run: MonteCarloRun) -> MonteCarloPaths {
        let months = run.calendar.offsets.count, width = months * MonteCarloResult.seriesCount
        let priced = run.pricing != nil
        var tally = PathTally(
            counts: [Int32](repeating: 0, count: range.count * width), base: 0,
            occupancy: priced ? [Int32](repeating: 0, count: (run.days + 2) * 4) : [])
        var costs = [Double](repeating: 0, count: priced ? range.count * width : 0)
        for (position, path) in range.enumerated() {
            var stream = MonteCarloStream(seed: run.seed, path: path)
            tally.base = position * width
            followEveryone(run: run, stream: &stream, tally: &tally)
            // Stays were recorded as changes at month ends: sum them into counts once the path is done, so a
            // long stay costs two writes rather than one per month end.
            let series = MonteCarloResult.seriesCount
            for i in (tally.base + series)..<(tally.base + width) { tally.counts[i] += tally.counts[i - series] }
            if let pricing = run.pricing {
                pricing.price(occupancy: &tally.occupancy, into: &costs, base: position * width, calendar: run.calendar)
            }
        }
        return MonteCarloPaths(counts: tally.counts, costs: costs)
    }

    /// One path: the children in care on the start day, then each day's entrants, each followed to the end.
    private func followEveryone(run: MonteCarloRun, stream: inout MonteCarloStream, tally: inout PathTally) {
        for (state, since) in zip(run.initialStates, run.initialSince) {
            follow(state: state, since: since, from: 0, run: run, stream: &stream, tally: &tally)
        }
        guard entryTotal > 0, run.days > 0 else { return }
        for day in 1...run.days {
            let multiplier = day <= run.multipliers.count ? run.multipliers[day - 1] : 1
            let entrants = stream.poisson(mean: entryTotal * multiplier)
            for _ in 0..<entrants {
                let state = pick(stream.uniform(), in: entryCumulative, from: 0)
                follow(state: state, since: day, from: day, run: run, stream: &stream, tally: &tally)
            }
        }
    }

    /// Follows one child from `day` in `state`, placed since `since`, until it leaves care or the run ends,
    /// counting it at every month end it spends in care: the child is in `state` on days `day ..< next move`.
    /// A move to another kind of home starts a new placement; a birthday (same kind of home) does not.
    private func follow(
        state start: Int, since placed: Int, from day: Int, run: MonteCarloRun,
        stream: inout MonteCarloStream, tally: inout PathTally
    ) {
        var state = start, day = day, since = placed
        let months = run.calendar.offsets.count, series = MonteCarloResult.seriesCount, n = DemandState.count
        while true {
            let next = nextMove(state: state, since: since, from: day, horizon: run.days, stream: &stream) ?? Int.max
            // Month ends first ..< last fall in this stay: +1 at the first, −1 after the last (summed later).
            let first = run.calendar.firstAtOrAfter[day]
            let last = next <= run.days ? run.calendar.firstAtOrAfter[next] : months
            let category = categoryOf[state]
            if first < last {
                tally.counts[tally.base + first * series + category] += 1
                tally.counts[tally.base + first * series + series - 1] += 1
                if last < months {
                    tally.counts[tally.base + last * series + category] -= 1
                    tally.counts[tally.base + last * series + series - 1] -= 1
                }
            }
            if !tally.occupancy.isEmpty {
                let from = max(day, 1), to = min(next, run.days + 1)
                if from < to { tally.occupancy[from * 4 + category] += 1; tally.occupancy[to * 4 + category] -= 1 }
            }
            guard next <= run.days else { return }
            let band = bandStarts.count == 1 ? 0 : band(days: next - 1 - since)
            state = pick(stream.uniform(), in: moveCumulative, from: (band * n + state) * n)
            guard categoryOf[state] != DemandCategory.notInCare.rawValue else { return }
            if categoryOf[state] != category { since = next }
            day = next
        }
    }

    /// The day a child in `state` since `since`, at risk from `day`, next moves, if it does by `horizon`.
    ///
    /// The chance of staying through at-risk days x, x+1, … is Π (1 − p_b(x)) with b the band of time in
    /// placement on day x; one uniform u is drawn and the child moves on the day after the first x at which
    /// Σ log(1 − p) falls below log u, found band by band. In one band this is the geometric draw of
    /// `MonteCarloStream.daysUntilMove`, drawing the same number (none when the child never or surely moves),
    /// which one band uses directly.
    private func nextMove(state: Int, since: Int, from day: Int, horizon: Int, stream: inout MonteCarloStream) -> Int? {
        if bandStarts.count == 1 {
            guard let wait = stream.daysUntilMove(logStay: logStay[state]), wait <= horizon - day else { return nil }
            return day + wait
        }
        let n = DemandState.count
        var x = day, budget: Double?
        while true {
            let band = bandStarts.count == 1 ? 0 : band(days: x - since)
            let end = band + 1 < bandStarts.count ? since + bandStarts[band + 1] : Int.max
            let logStay = self.logStay[band * n + state]
            if logStay == -.infinity { return x + 1 <= horizon ? x + 1 : nil }
            if logStay < 0 {
                let remaining = budget ?? stream.logUniform()
                let survived = (remaining / logStay).rounded(.down)
                if survived < Double(min(end, horizon) - x) { return x + 1 + Int(survived) }
                budget = remaining - Double(end == Int.max ? 0 : end - x) * logStay
            }
            guard end < horizon else { return nil }
            x = end
        }
    }

    /// The band of time in placement after `days` days.
    private func band(days: Int) -> Int {
        var band = 0
        while band + 1 < bandStarts.count && bandStarts[band + 1] <= days { band += 1 }
        return band
    }

    /// The first state whose cumulative probability exceeds `u`, in the `DemandState.count` entries from
    /// `first`; the last state with any probability when rounding leaves `u` above the final sum.
    private func pick(_ u: Double, in cumulative: [Double], from first: Int) -> Int {
        let n = DemandState.count
        var last = 0
        for state in 0..<n {
            let previous = state == 0 ? 0 : cumulative[first + state - 1]
            if cumulative[first + state] > previous { last = state }
            if u < cumulative[first + state] { return state }
        }
        return last
    }
}
