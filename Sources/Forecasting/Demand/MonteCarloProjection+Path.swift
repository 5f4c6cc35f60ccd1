import CareModel

extension MonteCarloProjection {
    /// Month-end counts of the paths in `range`, path after path, each `MonteCarloResult.seriesCount` series
    /// (the four in-care categories, then the total) per month end.
    func simulate(paths range: Range<Int>, run: MonteCarloRun) -> [Int32] {
        let width = run.calendar.offsets.count * MonteCarloResult.seriesCount
        var counts = [Int32](repeating: 0, count: range.count * width)
        for (position, path) in range.enumerated() {
            var stream = MonteCarloStream(seed: run.seed, path: path)
            simulatePath(run: run, stream: &stream, counts: &counts, base: position * width)
        }
        return counts
    }

    /// One path: the children in care on the start day, then each day's entrants, each followed to the end.
    /// Stays are recorded as changes at month ends and summed into counts once the path is done, so a long
    /// stay costs two writes rather than one per month end.
    private func simulatePath(run: MonteCarloRun, stream: inout MonteCarloStream, counts: inout [Int32], base: Int) {
        followEveryone(run: run, stream: &stream, counts: &counts, base: base)
        let series = MonteCarloResult.seriesCount
        for i in (base + series)..<(base + run.calendar.offsets.count * series) {
            counts[i] += counts[i - series]
        }
    }

    private func followEveryone(run: MonteCarloRun, stream: inout MonteCarloStream, counts: inout [Int32], base: Int) {
        for state in run.initial.indices {
            for _ in 0..<run.initial[state] {
                follow(state: state, from: 0, run: run, stream: &stream, counts: &counts, base: base)
            }
        }
        guard entryTotal > 0, run.days > 0 else { return }
        for day in 1...run.days {
            let multiplier = day <= run.multipliers.count ? run.multipliers[day - 1] : 1
            let entrants = stream.poisson(mean: entryTotal * multiplier)
            for _ in 0..<entrants {
                let state = pick(stream.uniform(), in: entryCumulative, from: 0)
                follow(state: state, from: day, run: run, stream: &stream, counts: &counts, base: base)
            }
        }
    }

    /// Follows one child from `day` in `state` until it leaves care or the run ends, counting it at every
    /// month end it spends in care: the child is in `state` on days `day ..< next move`.
    private func follow(state start: Int, from day: Int, run: MonteCarloRun, stream: inout MonteCarloStream,
                        counts: inout [Int32], base: Int) {
        var state = start, day = day
        let months = run.calendar.offsets.count, series = MonteCarloResult.seriesCount
        while true {
            let next = stream.daysUntilMove(logStay: logStay[state]).map { day + $0 } ?? Int.max
            // Month ends first ..< last fall in this stay: +1 at the first, −1 after the last (summed later).
            let first = run.calendar.firstAtOrAfter[day]
            let last = next <= run.days ? run.calendar.firstAtOrAfter[next] : months
            if first < last {
                counts[base + first * series + categoryOf[state]] += 1
                counts[base + first * series + series - 1] += 1
                if last < months {
                    counts[base + last * series + categoryOf[state]] -= 1
                    counts[base + last * series + series - 1] -= 1
                }
            }
            guard next <= run.days else { return }
            state = pick(stream.uniform(), in: moveCumulative, from: state * DemandState.count)
            guard categoryOf[state] != DemandCategory.notInCare.rawValue else { return }
            day = next
        }
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
