import CareModel

/// Merges yearly SSDA903 returns into one cleaned history per child, the way the demand models do
/// (`reference/anchors.md` §3.1, §3.3), counting every rule that changed something.
///
/// For each child, the new rows are cleaned on their own first and the result is then cleaned together
/// with the stored history, which counts as the oldest return. Cleaning a clean history changes
/// nothing, so importing the same returns again gives back exactly the stored history. Importing year
/// by year can differ slightly from importing all years at once (the stored history is already
/// trimmed and folded), in the same way the demand models differ when given fewer years.
public enum HistoryMerge {
    /// Merges new rows with the children's existing histories and applies the cleaning rules.
    /// Returns ONLY the histories that are new or differ from `existing` (full history per child,
    /// sorted by ChildKey), so re-importing the same files returns nothing and changes nothing.
    public static func merge(_ extract: SSDA903Extract, into existing: [ChildHistory])
        -> (changed: [ChildHistory], report: ImportReport)
    {
        var report = extract.report
        let stored = Dictionary(existing.map { ($0.key, $0) }, uniquingKeysWith: { _, later in later })
        let headers = Dictionary(grouping: extract.headers, by: \.key)
        let episodes = Dictionary(grouping: extract.episodes, by: \.key)
        let uasc = Dictionary(grouping: extract.uasc, by: \.key)
        var changed: [ChildHistory] = []
        var withoutHeader: [ChildKey: Int] = [:]
        for key in Set(headers.keys).union(episodes.keys).union(uasc.keys).sorted() {
            var tally: [CleaningRule: Int] = [:]
            guard var child = chooseHeader(headers[key] ?? [], stored: stored[key]?.child, tally: &tally) else {
                withoutHeader[key] = episodes[key]?.count ?? 0
                continue
            }
            if let status = latestUASC(uasc[key] ?? []) { child.uasc = status }
            let cleaned = cleanEpisodes(episodes[key] ?? [], stored: stored[key]?.episodes, tally: &tally)
            let history = ChildHistory(authority: key.authority, child: child, episodes: cleaned)
            // Rules are reported only where they changed what is stored; a re-import reports none.
            guard history != stored[key] else { continue }
            changed.append(history)
            for (rule, count) in tally { report.count(rule, count) }
        }
        note(withoutHeader: withoutHeader, changed: changed, in: &report)
        report.childrenAffected = changed.count
        report.episodesAfterCleaning = changed.reduce(0) { $0 + $1.episodes.count }
        return (changed, report)
    }

    /// The header from the latest return (then the last read); the stored one counts as oldest.
    /// Each time a later header differs from the one before it counts as superseding it.
    static func chooseHeader(_ rows: [HeaderRow], stored: Child?, tally: inout [CleaningRule: Int]) -> Child? {
        let rank = { (row: HeaderRow) in ReturnRank(returnYear: row.returnYear, order: row.order) }
        let ranked = rows.sorted { rank($0) < rank($1) }
        var sequence = (stored.map { [$0] } ?? []) + ranked.map(\.child)
        // Once recorded as UASC a child stays so (the regional model's "ever UASC"): a header without the
        // UASC column — every header before 2023-24 — carries the status on rather than clearing it.
        for i in sequence.indices.dropFirst() where sequence[i].uasc == nil {
            sequence[i].uasc = sequence[i - 1].uasc
        }
        var changes = 0
        for i in sequence.indices.dropFirst() where sequence[i] != sequence[i - 1] { changes += 1 }
        if changes > 0 { tally[.headerSuperseded, default: 0] += changes }
        return sequence.last
    }

    /// The UASC status of the latest return's UASC table row, `nil` when there is none.
    static func latestUASC(_ rows: [UASCRow]) -> UASCStatus? {
        rows.max {
            ReturnRank(returnYear: $0.returnYear, order: $0.order)
                < ReturnRank(returnYear: $1.returnYear, order: $1.order)
        }?
        .status
    }

    /// New rows cleaned on their own, then together with the stored episodes (ranked oldest).
    static func cleanEpisodes(_ rows: [EpisodeRow], stored: [Episode]?, tally: inout [CleaningRule: Int]) -> [Episode] {
        guard !rows.isEmpty else { return stored ?? [] }
        let ranked = rows.map {
            RankedEpisode(episode: $0.episode, rank: ReturnRank(returnYear: $0.returnYear, order: $0.order))
        }
        let fresh = EpisodeCleaning.clean(ranked, countIdentical: true, tally: &tally)
        // Same returns as before: cleaning the stored history with itself would give it back unchanged.
        guard let stored, !stored.isEmpty, stored != fresh else { return fresh }
        let old = stored.enumerated().map { RankedEpisode(episode: $1, rank: .init(source: 0, year: .min, order: $0)) }
        let new = fresh.enumerated().map { RankedEpisode(episode: $1, rank: .init(source: 1, year: .min, order: $0)) }
        return EpisodeCleaning.clean(old + new, countIdentical: false, tally: &tally)
    }

    /// Warnings for rows left out for want of a header, and for children with no episodes at all.
    private static func note(withoutHeader: [ChildKey: Int], changed: [ChildHistory], in report: inout ImportReport) {
        let rows = withoutHeader.values.reduce(0, +)
        if rows > 0 {
            report.count(.episodeWithoutHeader, rows)
            let example = withoutHeader.keys.min().map { " (for example child \($0.child) of \($0.authority))" } ?? ""
            let children = counted(withoutHeader.count, "child", "children")
            report.warnings.append(
                "\(counted(rows, "episode row")) for \(children) with no header record left out\(example)")
        }
        let empty = changed.reduce(0) { $0 + ($1.episodes.isEmpty ? 1 : 0) }
        if empty > 0 {
            report.warnings.append("\(counted(empty, "child", "children")) with a header record but no episodes")
        }
    }

    /// "1 child", "2 children".
    private static func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
