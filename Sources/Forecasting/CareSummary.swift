import CareModel

/// Counts of children in care and of children starting and leaving care, from cleaned histories.
///
/// Follows DfE statistics: a child is in care on a day when an episode has started on or before it and
/// not yet ended (DECOM ≤ day < DEC), and children looked after only under a series of short breaks
/// (legal status V3 or V4) are left out of every count.
public enum CareSummary {
    /// Children in care on `day`, by authority, category and age band; only non-empty cells, in table order.
    /// With a `group`, only its children (their age and UASC status that day).
    public static func stock(of histories: [ChildHistory], on day: Day, in group: ChildGroup = .everyone)
        -> [InCareCount]
    {
        var cells: [CellKey: Int] = [:]
        for history in histories where group.includes(history.child, on: day) {
            guard let episode = history.episode(on: day), !episode.legalStatus.isShortBreak else { continue }
            let band = AgeBand(age: history.child.age(on: day))
            cells[CellKey(authority: history.authority, category: episode.category, ageBand: band), default: 0] += 1
        }
        return cells.map {
            InCareCount(
                date: day, authority: $0.key.authority, category: $0.key.category,
                ageBand: $0.key.ageBand, children: $0.value)
        }
        .sorted(by: InCareCount.ordered)
    }

    /// Children starting and ending a period of care in each calendar month from `first` to `last`
    /// (inclusive months), across all the histories given. With a `group`, only its children, each start or
    /// end counted by the child's age and UASC status on its day.
    public static func flows(
        of histories: [ChildHistory], from first: Day, through last: Day, in group: ChildGroup = .everyone
    ) -> [MonthFlow] {
        let months = monthStarts(from: first, through: last)
        guard let firstMonth = months.first else { return [] }
        var entries = [Int](repeating: 0, count: months.count)
        var exits = [Int](repeating: 0, count: months.count)
        func index(_ day: Day) -> Int? {
            let i = (day.year - firstMonth.year) * 12 + day.month - firstMonth.month
            return months.indices.contains(i) ? i : nil
        }
        for history in histories {
            let counted = countedHistory(history)
            let child = history.child
            for day in counted.careEntries where group.includes(child, on: day) {
                if let i = index(day) { entries[i] += 1 }
            }
            for day in counted.careExits where group.includes(child, on: day) {
                if let i = index(day) { exits[i] += 1 }
            }
        }
        return months.indices.map { MonthFlow(month: months[$0], entries: entries[$0], exits: exits[$0]) }
    }

    /// The history without short-break episodes, which DfE does not count as being in care.
    static func countedHistory(_ history: ChildHistory) -> ChildHistory {
        guard history.episodes.contains(where: { $0.legalStatus.isShortBreak }) else { return history }
        var copy = history
        copy.episodes.removeAll { $0.legalStatus.isShortBreak }
        return copy
    }

    static func monthStarts(from first: Day, through last: Day) -> [Day] {
        var result: [Day] = []
        var month = first.startOfMonth
        while month <= last {
            result.append(month)
            month = month.adding(months: 1)
        }
        return result
    }

    struct CellKey: Hashable {
        var authority: AuthorityCode
        var category: PlacementCategory
        var ageBand: AgeBand
    }
}

/// Children who started and who stopped being looked after in one calendar month.
public struct MonthFlow: Hashable, Sendable, Codable {
    /// The first day of the month.
    public var month: Day
    public var entries: Int
    public var exits: Int

    public init(month: Day, entries: Int, exits: Int) {
        self.month = month
        self.entries = entries
        self.exits = exits
    }
}

extension CareSummary {
    /// The day the data describes: the end of the collection year (31 March) of the latest event in the
    /// histories, or `today` when that is earlier (a live extract part-way through a year).
    ///
    /// Yearly returns stop at 31 March, so counting "today" against an old return would show every
    /// child still in care long after they may have left.
    public static func dataDate(of histories: [ChildHistory], today: Day) -> Day? {
        var latest: Day? = nil
        for history in histories {
            for episode in history.episodes {
                let event = max(episode.start, episode.end ?? episode.start)
                if latest.map({ event > $0 }) ?? true { latest = event }
            }
        }
        guard let latest else { return nil }
        return min(FinancialYear(containing: latest).last, today)
    }
}
