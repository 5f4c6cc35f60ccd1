import CareModel

/// One demand projection as settings ask for it: the days it used (defaults resolved from the data), the
/// Markov points or the Monte-Carlo result, their cost and the observed stock before the start.
///
/// `run(_:histories:)` is what `hearth project` and the web's projection page both call, so the two give
/// the same numbers for the same settings.
public struct DemandProjection: Sendable {
    public let settings: DemandProjectionSettings
    /// The day projected from (points start the day after).
    public let start: Day
    public let referenceStart: Day
    public let referenceEnd: Day
    /// Days projected: from `start` to the same day `months` later.
    public let days: Int
    /// Daily stock-and-flow points, with the Markov method or when costs were asked for.
    public let markov: [ProjectionPoint]?
    /// Month-end quantiles, with the Monte-Carlo method (and of each month's cost when costs were asked for).
    public let monteCarlo: MonteCarloResult?
    /// The Markov points' cost, when costs were asked for.
    public let costs: DemandCosts?
    /// Children in care on `start` and on up to `settings.observedMonths` earlier month ends within the
    /// data, oldest first (variances 0).
    public let observed: [ProjectionPoint]

    /// The Markov month ends (the points the CLI and the page show unless asked for every day).
    public var markovMonthEnds: [ProjectionPoint] {
        (markov ?? []).filter { $0.date == $0.date.endOfMonth }
    }

    /// Validates the settings, then observes rates (and entry factors) on the reference window and projects
    /// from the stock on the start day.
    public static func run(
        _ settings: DemandProjectionSettings,
        histories: [ChildHistory]
    ) async throws(DemandProjectionError) -> DemandProjection {
        try settings.validate()
        let group = settings.group
        let histories = group.isEveryone ? histories : histories.filter { group.includesEver($0.child) }
        guard !histories.isEmpty else { throw .noChildren }
        let history = DemandHistory(histories: histories)
        let referenceStart = settings.referenceStart ?? history.dataStart
        let referenceEnd = settings.referenceEnd ?? history.dataEnd
        guard referenceStart < referenceEnd else { throw .windowBackwards(start: referenceStart, end: referenceEnd) }
        let start = settings.start ?? history.dataEnd
        let days = start.days(to: start.adding(months: settings.months))
        let observedRates = TransitionRates.observed(
            in: history, referenceStart: referenceStart, referenceEnd: referenceEnd)
        let rates = settings.rateAdjustments.isEmpty ? observedRates : observedRates.adjusted(settings.rateAdjustments)
        let seasonal =
            settings.seasonal || settings.trend
            ? EntrySeasonality.fitted(
                in: history, referenceStart: referenceStart, referenceEnd: referenceEnd,
                trend: settings.trend
            ).multipliers(start: start, days: days)
            : nil
        let entries = EntryChange.multipliers(settings.entryChanges, seasonal: seasonal, start: start, days: days)
        let stock = history.stock(on: start)
        let pricing = settings.costs.map {
            Self.pricing($0, histories: histories, window: referenceStart...referenceEnd)
        }
        var monteCarlo: MonteCarloResult?
        if settings.method == .montecarlo {
            monteCarlo = await runMonteCarlo(
                settings, history: history, rates: rates, window: referenceStart...referenceEnd,
                start: start, days: days, entries: entries, pricing: pricing)
        }
        let markov =
            settings.method == .markov || settings.costs != nil
            ? MarkovProjection.project(stock: stock, rates: rates, start: start, days: days, entryMultipliers: entries)
                .map { $0.keeping(group.ageBand) }
            : nil
        let costs = pricing.flatMap { pricing in markov.map { pricing.costs(of: $0, start: start) } }
        return DemandProjection(
            settings: settings, start: start, referenceStart: referenceStart,
            referenceEnd: referenceEnd, days: days, markov: markov, monteCarlo: monteCarlo,
            costs: costs,
            observed: observedStock(
                in: history, before: start,
                months: settings.observedMonths
            ).map { $0.keeping(group.ageBand) })
    }

    /// The pricing of projected children, with each category split between its cost items as stock-days
    /// were in the window.
    static func pricing(
        _ options: DemandProjectionSettings.CostOptions, histories: [ChildHistory],
        window: ClosedRange<Day>
    ) -> DemandCostProjection {
        let proportions = DemandCostProportions.observed(
            in: histories, referenceStart: window.lowerBound,
            referenceEnd: window.upperBound)
        return DemandCostProjection(
            weeklyCosts: options.weeklyCosts, proportions: proportions, inflation: options.inflation)
    }

    /// The Monte-Carlo paths, by time in placement when the settings ask (children carry their placement
    /// starts from the data), priced when `pricing` is given.
    static func runMonteCarlo(
        _ settings: DemandProjectionSettings, history: DemandHistory, rates: TransitionRates,
        window: ClosedRange<Day>, start: Day, days: Int, entries: [Double]?,
        pricing: DemandCostProjection?
    ) async -> MonteCarloResult {
        guard settings.byTimeInPlacement else {
            return await MonteCarloProjection(rates: rates).project(
                stock: history.stock(on: start), start: start, days: days, paths: settings.paths, seed: settings.seed,
                entryMultipliers: entries, costs: pricing)
        }
        let byDuration = TimeInPlacementRates.observed(
            in: history, referenceStart: window.lowerBound,
            referenceEnd: window.upperBound, fallback: rates)
        return await MonteCarloProjection(rates: byDuration).project(
            children: history.childrenInPlacement(on: start), start: start, days: days, paths: settings.paths,
            seed: settings.seed, entryMultipliers: entries, costs: pricing)
    }

    /// The stock on `start` and on the `months` month ends before it, keeping only days inside the data
    /// window (outside it `DemandHistory.stock(on:)` would repeat the window's first or last day).
    static func observedStock(in history: DemandHistory, before start: Day, months: Int) -> [ProjectionPoint] {
        guard months > 0 else { return [] }
        let earlier = (1...months).map { start.adding(months: -$0).endOfMonth }.filter { $0 < start }
        let days = ([start] + earlier).filter { $0 >= history.dataStart && $0 <= history.dataEnd }.sorted()
        let zeros = [Double](repeating: 0, count: DemandState.count)
        return days.map { day in
            let stock = history.stock(on: day)
            return ProjectionPoint(date: day, means: DemandState.all.map { stock[$0] ?? 0 }, variances: zeros)
        }
    }
}
