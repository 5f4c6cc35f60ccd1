import CareModel

/// Back-testing (issue 5, item 3): cut the histories at earlier dates, project forward with only what was
/// known then, and compare with what happened, so a council can see which method forecasts its own data best.
public enum Backtest {
    /// For each cut-off: histories as known on that day (episodes starting later dropped, later ends
    /// reopened); rates, and for the seasonal methods entry factors, fitted on the `referenceMonths` months
    /// ending at the cut-off; a Markov projection from the stock on the cut-off; and the projected stock
    /// per category at cut-off + each horizon set against the stock in the full histories on that day.
    /// Targets after the full histories' data end are skipped (nothing to compare with).
    public static func run(histories: [ChildHistory], cutoffs: [Day], horizons: [Int] = [6, 12, 24],
                           referenceMonths: Int = 12,
                           methods: [BacktestMethod] = BacktestMethod.allCases) -> BacktestReport {
        let full = DemandHistory(histories: histories)
        let comparisons = cutoffs.flatMap { cutoff in
            compare(histories, full: full, cutoff: cutoff, horizons: horizons, referenceMonths: referenceMonths,
                    methods: methods)
        }
        return BacktestReport(comparisons: comparisons, methods: methods, horizons: horizons)
    }

    /// Every method's projection from one cut-off against the actual stock at each horizon within the data.
    static func compare(_ histories: [ChildHistory], full: DemandHistory, cutoff: Day, horizons: [Int],
                        referenceMonths: Int, methods: [BacktestMethod]) -> [BacktestComparison] {
        let targets = horizons.map { (months: $0, day: cutoff.adding(months: $0)) }.filter { $0.day <= full.dataEnd }
        guard let furthest = targets.map(\.day).max() else { return [] }
        let actual = targets.map { byCategory(stock: full.stock(on: $0.day)) }
        let known = DemandHistory(histories: histories.compactMap { asKnown($0, on: cutoff) }, dataEnd: cutoff)
        let referenceStart = cutoff.adding(months: -referenceMonths).adding(days: 1)
        let rates = TransitionRates.observed(in: known, referenceStart: referenceStart, referenceEnd: cutoff)
        let stock = known.stock(on: cutoff), projection = MarkovProjection(rates: rates)
        let population = DemandState.all.map { stock[$0] ?? 0 }, days = cutoff.days(to: furthest)
        return methods.flatMap { method in
            let multipliers = entryMultipliers(method, in: known, from: referenceStart, to: cutoff, days: days)
            let points = projection.project(population: population, start: cutoff, days: days, entryMultipliers: multipliers)
            return zip(targets, actual).map { target, actual in
                BacktestComparison(cutoff: cutoff, target: target.day, horizonMonths: target.months, method: method,
                                   projected: byCategory(points[cutoff.days(to: target.day) - 1].means), actual: actual)
            }
        }
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

    private static func entryMultipliers(_ method: BacktestMethod, in history: DemandHistory, from start: Day,
                                         to end: Day, days: Int) -> [Double]? {
        guard method != .plain else { return nil }
        let seasonality = EntrySeasonality.fitted(in: history, referenceStart: start, referenceEnd: end,
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
