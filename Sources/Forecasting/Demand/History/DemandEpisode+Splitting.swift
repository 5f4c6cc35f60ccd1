import CareModel

extension DemandEpisode {
    /// A child's episodes put in the regional order, folded, cut at band birthdays and linked to their
    /// neighbours, as the regional model's `combined_data` sort, `_remove_redundant_episodes`, `_add_ages`,
    /// `_add_age_change_eps`, `_add_placement_category` and `_add_related_placement_type` do.
    ///
    /// `dataEnd` (the regional `data_end_date`) stands in for DEC when working out how old a child in an
    /// open episode gets, so open episodes are cut only at birthdays reached by then.
    static func rows(of history: ChildHistory, dataEnd: Day) -> [DemandEpisode] {
        var rows: [DemandEpisode] = []
        rows.reserveCapacity(history.episodes.count + 1)
        appendRows(of: history, dataEnd: dataEnd, to: &rows)
        return rows
    }

    /// `rows(of:dataEnd:)` appended to `rows` and linked in place (no array per child: a national history
    /// has hundreds of thousands of children).
    ///
    /// The episodes are sorted and folded first (`regionalEpisodes`) and each one's parts are appended in
    /// order, which is the regional row order; the rows are not sorted again after the cut. The regional
    /// code did sort again, by DECOM and DEC with a missing DEC first, until commit 5a33527 (May 2026); that
    /// put an open row ahead of a zero-length part starting the same day (an episode ending on a band
    /// birthday, cut there), so the part read as an entry to care and an exit instead of a continuation.
    static func appendRows(of history: ChildHistory, dataEnd: Day, to rows: inout [DemandEpisode]) {
        let born = history.child.dateOfBirth, first = rows.endIndex
        for episode in history.regionalEpisodes {
            appendParts(of: episode, born: born, dataEnd: dataEnd, to: &rows)
        }
        link(&rows, from: first)
    }

    /// Cuts one episode at every band boundary crossed between its start age and end age.
    ///
    /// Ages are fractional (days ÷ 365.24) but the cut falls on the calendar birthday, as in the regional
    /// code (`relativedelta(years=n)`); so a part can start and end on the same day, which is kept.
    private static func appendParts(of episode: Episode, born: Day, dataEnd: Day, to rows: inout [DemandEpisode]) {
        let category = DemandCategory(place: episode.place)
        let age = fractionalAge(born: born, on: episode.start)
        let endAge = fractionalAge(born: born, on: episode.end ?? dataEnd)
        var start = episode.start
        var band = DemandAgeBand(age: age)
        for boundary in DemandAgeBand.boundaries where Double(boundary) > age && Double(boundary) <= endAge {
            let birthday = regionalBirthday(born: born, years: boundary)
            let next = DemandAgeBand(age: Double(boundary))
            rows.append(DemandEpisode(start: start, end: birthday, state: DemandState(band, category), endBand: next))
            (start, band) = (birthday, next)
        }
        rows.append(
            DemandEpisode(
                start: start, end: episode.end, state: DemandState(band, category),
                endBand: DemandAgeBand(age: endAge)))
    }

    /// Fills `before` and `after` from the neighbouring rows of one child, the rows from `first` on.
    private static func link(_ rows: inout [DemandEpisode], from first: Int) {
        for i in first..<rows.endIndex {
            if i > first, let previousEnd = rows[i - 1].end, previousEnd == rows[i].start {
                rows[i].before = rows[i - 1].state.category
            }
            guard let end = rows[i].end else { rows[i].after = nil; continue }
            rows[i].after = i + 1 < rows.count && rows[i + 1].start == end ? rows[i + 1].state.category : .notInCare
        }
    }

    /// Age in the regional model's units: whole days since birth ÷ 365.24.
    static func fractionalAge(born: Day, on day: Day) -> Double {
        Double(born.days(to: day)) / DemandAgeBand.yearInDays
    }

    /// The birthday as `dateutil.relativedelta` gives it: 29 February falls on 28 February in other years
    /// (CareModel's `Day.birthday` uses 1 March instead).
    static func regionalBirthday(born: Day, years: Int) -> Day {
        let p = born.parts
        return Day(year: p.year + years, month: p.month, day: p.day)
            ?? Day(year: p.year + years, month: 2, day: 28)!
    }
}
