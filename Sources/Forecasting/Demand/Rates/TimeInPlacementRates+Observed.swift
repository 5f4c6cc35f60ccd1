import CareModel

extension TimeInPlacementRates {
    /// Rates over the reference window: the age × category rates of the regional model, shaped by time in
    /// placement with events ÷ child-days at risk per age band × category × band:
    ///
    /// - a child in state s is at risk on each day x it is in the stock (start ≤ x < end) with x from the day
    ///   before the first reference day to the day before the last, the days whose stock the regional rates
    ///   divide by (`TransitionRates.observed`); x counts in band b(x − placement start);
    /// - a move on day d (a row ending on d, first ≤ d ≤ last) is an event of the band the child was in on
    ///   d − 1, its last day at risk; a row that starts and ends on the same day counts in band 0;
    /// - r_b(s→s′) = r(s→s′) × [E_b(s→s′) ÷ D_b(s)] ÷ [E(s→s′) ÷ D(s)], with E and D the events and child-days
    ///   over all bands and r the age × category rate (`fallback`, default the regional rates of the same
    ///   window). When D_b(s) is below `minimumChildDays`, or s→s′ has no events at all, r_b(s→s′) = r(s→s′).
    ///
    /// So the bands take only the *shape* over time in placement from the occurrence-exposure rates and keep
    /// the regional *level*: the regional model averages daily ratios T_d ÷ n_{d−1}, which differs a little
    /// from ΣT ÷ Σn when the stock changes, and using those ratios directly would move the projection's level
    /// as soon as durations were switched on. With one band (or all cells too thin) the factor is exactly 1
    /// and the projection is the plain Monte-Carlo, bit for bit.
    public static func observed(
        in history: DemandHistory, referenceStart: Day, referenceEnd: Day,
        bands: TimeInPlacementBands = .standard, minimumChildDays: Double = minimumChildDays,
        fallback: TransitionRates? = nil
    ) -> TimeInPlacementRates {
        let base =
            fallback
            ?? TransitionRates.observed(in: history, referenceStart: referenceStart, referenceEnd: referenceEnd)
        let exposure = TimeInPlacementExposure(
            history: history, referenceStart: referenceStart,
            referenceEnd: referenceEnd, bands: bands)
        let n = DemandState.count
        var byBand: [TransitionRates] = [], flags = [Bool](repeating: false, count: bands.count * n)
        for band in 0..<bands.count {
            var rates = base
            for from in 0..<n where DemandState.all[from].isInCare {
                let days = exposure.childDays[band * n + from]
                guard days >= minimumChildDays && days > 0 else { flags[band * n + from] = true; continue }
                for to in 0..<n {
                    rates.transition[from * n + to] *= exposure.relativeRate(band: band, from: from, to: to)
                }
            }
            byBand.append(rates)
        }
        return TimeInPlacementRates(bands: bands, byBand: byBand, childDays: exposure.childDays, fallback: flags)
    }
}

/// Child-days at risk and moves per state and band of time in placement over a reference window.
struct TimeInPlacementExposure {
    /// `childDays[band * DemandState.count + state]`.
    private(set) var childDays: [Double]
    /// `events[(band * DemandState.count + from) * DemandState.count + to]`.
    private(set) var events: [Double]
    let bandCount: Int

    init(history: DemandHistory, referenceStart: Day, referenceEnd: Day, bands: TimeInPlacementBands) {
        let n = DemandState.count
        bandCount = bands.count
        childDays = [Double](repeating: 0, count: bands.count * n)
        events = [Double](repeating: 0, count: bands.count * n * n)
        // The same reference days as the regional rates: the first data day has no day before it.
        let first = max(referenceStart, history.dataStart.adding(days: 1))
        let last = min(referenceEnd, history.dataEnd)
        guard first <= last else { return }
        let starts = history.placementStarts
        for (i, row) in history.rows.enumerated() where row.state.isInCare {
            let since = starts[i]
            addDays(row: row, since: since, from: first.adding(days: -1), through: last.adding(days: -1), bands: bands)
            guard let end = row.end, end >= first, end <= last, let to = row.destination else { continue }
            let band = bands.band(days: max(0, since.days(to: end) - 1))
            events[(band * n + row.state.index) * n + to.index] += 1
        }
    }

    /// Adds the row's days in the stock between `firstDay` and `lastDay`, split at the band boundaries.
    private mutating func addDays(
        row: DemandEpisode, since: Day, from firstDay: Day, through lastDay: Day,
        bands: TimeInPlacementBands
    ) {
        let from = max(row.start, firstDay).ordinal
        let through = min(row.end.map { $0.adding(days: -1) } ?? lastDay, lastDay).ordinal
        guard from <= through else { return }
        for band in 0..<bands.count {
            let bandFirst = since.ordinal + bands.lowerBounds[band]
            let bandLast = band + 1 < bands.count ? since.ordinal + bands.lowerBounds[band + 1] - 1 : Int.max
            let days = min(through, bandLast) - max(from, bandFirst) + 1
            if days > 0 { childDays[band * DemandState.count + row.state.index] += Double(days) }
        }
    }

    /// [E_b(s→s′) ÷ D_b(s)] ÷ [E(s→s′) ÷ D(s)]: how much likelier the move is in this band than over all
    /// times in placement; 1 when the move was never seen.
    func relativeRate(band: Int, from: Int, to: Int) -> Double {
        let n = DemandState.count
        var events = 0.0, days = 0.0
        for b in 0..<bandCount {
            events += self.events[(b * n + from) * n + to]
            days += childDays[b * n + from]
        }
        guard events > 0, days > 0 else { return 1 }
        return (self.events[(band * n + from) * n + to] / childDays[band * n + from]) / (events / days)
    }
}
