import CareModel

extension DemandCostProportions {
    /// Stock-day shares of each item within its category over the reference window (both ends counted),
    /// as the regional model's default proportions. A child counts on day D when DECOM ≤ D < DEC, as in
    /// the stock. Read from the episodes themselves, because only they carry PLACE_PROVIDER; folded as the
    /// regional model folds them (`ChildHistory.regionalEpisodes`), because its `placement_proportions`
    /// reads the enriched view, where a same-carer continuation keeps the first episode's cost item.
    public static func observed(
        in histories: [ChildHistory], referenceStart: Day,
        referenceEnd: Day
    ) -> DemandCostProportions {
        var stockDays: [DemandCostItem: Double] = [:]
        let afterEnd = referenceEnd.adding(days: 1)
        for episode in histories.lazy.flatMap(\.regionalEpisodes) {
            guard let item = DemandCostItem(place: episode.place, provider: episode.provider) else { continue }
            let first = max(episode.start, referenceStart)
            let stop = min(episode.end ?? afterEnd, afterEnd)
            let days = first.days(to: stop)
            if days > 0 { stockDays[item, default: 0] += Double(days) }
        }
        return DemandCostProportions(weights: stockDays)
    }
}
