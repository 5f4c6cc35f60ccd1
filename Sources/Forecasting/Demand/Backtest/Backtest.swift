import CareModel

/// Back-testing (issue 5, item 3): cut the histories at earlier dates, project forward with only what was
/// known then, and compare with what happened, so a council can see which method forecasts its own data best.
public enum Backtest {
    /// For each cut-off: histories as known on that day (episodes starting later dropped, later ends
    /// reopened); rates, and for the seasonal methods entry factors, fitted on the `referenceMonths` months
    /// ending at the cut-off; a projection from the stock on the cut-off (Markov, or the mean of `paths`
    /// seeded Monte-Carlo paths); and the projected stock per category at cut-off + each horizon set against
    /// the stock in the full histories on that day. Targets after the full histories' data end are skipped
    /// (nothing to compare with). Monte-Carlo is reported at month ends: a target that is not one (a
    /// cut-off that is not a month end) is compared with the month end before it.
    public static func run(
        histories: [ChildHistory], cutoffs: [Day], horizons: [Int] = [6, 12, 24],
        referenceMonths: Int = 12, methods: [BacktestMethod] = BacktestMethod.allCases,
        paths: Int = 200, seed: UInt64 = 7
    ) async -> BacktestReport {
        let full = DemandHistory(histories: histories)
        var comparisons: [BacktestComparison] = []
        for cutoff in cutoffs {
            comparisons += await compare(
                histories, full: full, cutoff: cutoff, horizons: horizons,
                referenceMonths: referenceMonths, methods: methods, paths: paths, seed: seed)
        }
        return BacktestReport(comparisons: comparisons, methods: methods, horizons: horizons)
    }

    /// Every method's projection from one cut-off against the actual stock at each horizon within the data.
    static func compare(
        _ histories: [ChildHistory], full: DemandHistory, cutoff: Day, horizons: [Int],
        referenceMonths: Int, methods: [BacktestMethod], paths: Int, seed: UInt64
    ) async -> [BacktestComparison] {
        let targets = horizons.map { (months: $0, day: cutoff.adding(months: $0)) }.filter { $0.day <= full.dataEnd }
        guard let furthest = targets.map(\.day).max() else { return [] }
        let actual = targets.map { byCategory(stock: full.stock(on: $0.day)) }
        let known = DemandHistory(histories: histories.compactMap { asKnown($0, on: cutoff) }, dataEnd: cutoff)
        let referenceStart = cutoff.adding(months: -referenceMonths).adding(days: 1)
        let rates = TransitionRates.observed(in: known, referenceStart: referenceStart, referenceEnd: cutoff)
        let days = cutoff.days(to: furthest)
        var comparisons: [BacktestComparison] = []
        for method in methods {
            let projected: [[Double]]
            if method.isMonteCarlo {
                var settings = DemandProjectionSettings(method: .montecarlo, paths: paths, seed: seed)
                settings.byTimeInPlacement = method == .monteCarloByDuration
                let result = await DemandProjection.runMonteCarlo(
                    settings, history: known, rates: rates,
                    window: referenceStart...cutoff, start: cutoff, days: days,
                    entries: nil, pricing: nil)
                projected = targets.map { target in monteCarloMeans(result, on: target.day) }
            } else {
                let multipliers = entryMultipliers(method, in: known, from: referenceStart, to: cutoff, days: days)
                let stock = known.stock(on: cutoff)
                let points = MarkovProjection(rates: rates).project(
                    population: DemandState.all.map { stock[$0] ?? 0 }, start: cutoff,
                    days: days, entryMultipliers: multipliers)
                projected = targets.map { byCategory(points[cutoff.days(to: $0.day) - 1].means) }
            }
            comparisons += zip(zip(targets, actual), projected).map { pair, projected in
                BacktestComparison(
                    cutoff: cutoff, target: pair.0.day, horizonMonths: pair.0.months, method: method,
                    projected: projected, actual: pair.1)
            }
        }
        return comparisons
    }

    /// The paths' mean children per in-care category at the month end on or before `day`.
    static func monteCarloMeans(_ result: MonteCarloResult, on day: Day) -> [Double] {
        guard let point = result.points.last(where: { $0.date <= day }) ?? result.points.first else {
            return DemandCategory.inCare.map { _ in 0 }
        }
        return DemandCategory.inCare.map { point.distribution(of: $0)?.mean ?? 0 }
    }

    /// A child's history as it stood at the end of `cutoff`: episodes starting later dropped, later ends
    /// (and their reasons) removed, so the episode is open. `nil` when nothing had started.
    static func asKnown(_ history: ChildHistory, on cutoff: Day) -> ChildHistory? {
        var known = history
        known.episodes = history.episodes.filter { $0.start <= cutoff }.map { episode in
            guard let end = episode.end, end > cutoff else { return episode }
            var open = episode
            open.end = nil
            open.reasonEnded = nil
            open.reasonPlaceChange = nil
            return open
        }
        return known.episodes.isEmpty ? nil : known
    }

    private static func entryMultipliers(
        _ method: BacktestMethod, in history: DemandHistory, from start: Day,
        to end: Day, days: Int
    ) -> [Double]? {
        guard method == .seasonal || method == .seasonalTrend else { return nil }
        let seasonality = EntrySeasonality.fitted(
            in: history, referenceStart: start, referenceEnd: end,
            trend: method == .seasonalTrend)
        return seasonality.multipliers(start: end, days: days)
    }

    /// In-care totals per category from an array indexed by `DemandState.index`.
    static func byCategory(_ values: [Double]) -> [Double] {
        DemandCategory.inCare.map { category in
            DemandAgeBand.allCases.reduce(0) { $0 + values[DemandState($1, category).index] }
        }
    }

    static func byCategory(stock: [DemandState: Double]) -> [Double] {
        byCategory(DemandState.all.map { stock[$0] ?? 0 })
    }
}
