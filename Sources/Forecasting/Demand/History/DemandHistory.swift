import CareModel

/// Children's histories in the regional demand model's terms: every episode cut at band birthdays and
/// linked to its neighbours, with the data window the regional model infers from the returns.
///
/// Build it once and take stock, rates and entrants from it. Input histories are expected to be cleaned
/// as the import does (duplicates dropped, overlaps trimmed), which matches the regional `combined_data`
/// step. The import folds same-day L/T/U continuations only within one placement category, for the
/// register's sake; the rows are built from `ChildHistory.regionalEpisodes`, which folds the rest
/// whatever the placement code, as the regional `_remove_redundant_episodes` does. Short-break (V3/V4)
/// episodes are kept, because the regional model does not look at legal status.
public struct DemandHistory: Sendable {
    /// `data_start_date`: 1 April of the financial year holding the earliest episode end.
    public let dataStart: Day
    /// `data_end_date`: 31 March of the financial year holding the latest episode start or end.
    public let dataEnd: Day
    /// All rows, child by child, each child's rows in the regional sort order.
    public let rows: [DemandEpisode]

    /// Cuts and links the episodes. The window defaults to the regional rule; pass it to override.
    public init(histories: [ChildHistory], dataStart: Day? = nil, dataEnd: Day? = nil) {
        let window = DemandHistory.window(of: histories)
        self.dataStart = dataStart ?? window.start
        self.dataEnd = dataEnd ?? window.end
        var rows: [DemandEpisode] = []
        rows.reserveCapacity(histories.reduce(0) { $0 + $1.episodes.count } * 5 / 4)
        for history in histories where !history.episodes.isEmpty {
            DemandEpisode.appendRows(of: history, dataEnd: self.dataEnd, to: &rows)
        }
        self.rows = rows
    }

    /// The regional `data_start_date` and `data_end_date` (`datacontainer.py`): whole financial years
    /// around the earliest DEC and the latest DECOM or DEC. Without any DEC the earliest DECOM is used.
    public static func window(of histories: [ChildHistory]) -> (start: Day, end: Day) {
        var firstEnd: Day?, firstStart: Day?, last: Day?
        for episode in histories.lazy.flatMap(\.episodes) {
            if let end = episode.end { firstEnd = min(firstEnd ?? end, end) }
            firstStart = min(firstStart ?? episode.start, episode.start)
            last = max(last ?? episode.start, episode.end ?? episode.start)
        }
        let earliest = firstEnd ?? firstStart ?? Day(ordinal: 0)
        return (FinancialYear(containing: earliest).first, FinancialYear(containing: last ?? earliest).last)
    }

    /// Children in each state on `day` (DECOM ≤ day < DEC), as the regional `stock_at`; states with
    /// nobody are left out. Not in care is never part of the stock. Like `stock_at`, which takes the
    /// nearest day of its daily table, a day outside the data window reads the window's first or last day.
    public func stock(on requested: Day) -> [DemandState: Double] {
        let day = min(max(requested, dataStart), dataEnd)
        var counts = [Double](repeating: 0, count: DemandState.count)
        for row in rows where row.isOpen(on: day) { counts[row.state.index] += 1 }
        var stock: [DemandState: Double] = [:]
        for state in DemandState.all where counts[state.index] > 0 { stock[state] = counts[state.index] }
        return stock
    }
}
