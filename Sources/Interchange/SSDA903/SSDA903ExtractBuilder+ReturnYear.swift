import CareModel

/// A file's return year when its name and folders give none: told from its own episode dates, or for a
/// Header file (which has none) from the Episodes files read with it.
extension SSDA903ExtractBuilder {
    /// The return years a file can be taken as, as for a year in a name (`SSDA903Source.returnYear(in:)`).
    static let returnYears = 2000...2099

    /// Settles the year of the one file this builder read, then checks its PLACE codes against that year.
    ///
    /// A return for the year ending 31 March Y holds the episodes open from 1 April Y-1 to 31 March Y, so
    /// with no year in its name a file is taken as the return that holds its latest DECOM or DEC. A date
    /// after `today` counts for nothing: no return already made can hold it, so it is a slip.
    mutating func settleReturnYear(of source: SSDA903Source, today: Day) {
        if source.returnYear == nil, let latest = latestEpisodeDate(through: today) {
            let year = FinancialYear(containing: latest)
            if Self.returnYears.contains(year.endYear) {
                let why = " (its latest episode date is \(latest.long))"
                stamp(returnYear: year.endYear, note: Self.yearNote(for: source.path, year, why, sent: source.isSent))
            }
        }
        checkPlacementCodes()
    }

    /// The latest DECOM or DEC on or before `today` (a DEC after every DECOM counts: the episode ended in
    /// the return's year).
    func latestEpisodeDate(through today: Day) -> Day? {
        var latest: Day?
        func consider(_ day: Day) {
            if day <= today, latest.map({ day > $0 }) ?? true { latest = day }
        }
        for row in episodeRows {
            consider(row.episode.start)
            if let end = row.episode.end { consider(end) }
        }
        return latest
    }

    /// Gives a Header file without a year (and so no dates of episodes to tell it by) the year of the
    /// Episodes files read with it, when they have exactly one year between them; otherwise it stays unknown.
    /// Needs every file read, so it runs on the per-file builders before they are joined.
    static func settleHeaderYears(_ builders: inout [SSDA903ExtractBuilder], sent: Bool) {
        let episodes = builders.flatMap(\.files).filter { $0.kind == "episodes" }
        let years = Set(episodes.compactMap(\.returnYear))
        guard years.count == 1, let year = years.first else { return }
        let files = episodes.count == 1 ? "file" : "files"
        let why = ", the year of the Episodes \(files) \(sent ? "sent" : "read") with it"
        for i in builders.indices {
            for file in builders[i].files where ["header", "uasc"].contains(file.kind) && file.returnYear == nil {
                let note = yearNote(for: file.path, FinancialYear.ending(year), why, sent: sent)
                builders[i].stamp(returnYear: year, note: note)
            }
        }
    }

    /// "episodes.csv: no year in its name; taken as the 2024-25 return" + `why` (" (its latest …)") +
    /// ". Put the year in the file name (2025-episodes.csv) to choose another." Until an upload can be
    /// corrected before it is saved, naming the file is the way to choose another year, so the note says how.
    static func yearNote(for path: String, _ year: FinancialYear, _ why: String, sent: Bool) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return "\(path): no year in its \(sent ? "name" : "name or folders"); taken as the \(year.label) return"
            + "\(why). Put the year in the file name (\(year.endYear)-\(name)) to choose another."
    }
}
