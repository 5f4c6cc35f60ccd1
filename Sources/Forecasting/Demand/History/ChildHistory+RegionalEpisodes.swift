import CareModel

extension ChildHistory {
    /// The child's episodes as the regional model has them before it cuts them at birthdays: in its sort
    /// order, with every same-day L/T/U continuation folded into the episode before it, whatever the
    /// placement code (`ssda903/datacontainer.py`: the sort in `combined_data`, then `_remove_redundant_episodes`).
    ///
    /// The import folds only within one placement category (`EpisodeCleaning.foldContinuations`), because
    /// the register joins costs to episode starts and a new placement code with the same carers is a new
    /// home for costs. The regional fold looks at RNE and dates only, and the demand model must see what the
    /// regional one sees, so on stored histories this finds exactly the continuations the import kept apart.
    /// The folded episode keeps the first one's DECOM, RNE, PLACE and provider (so its category and cost
    /// item) and takes the last one's DEC, REC and REASON_PLACE_CHANGE, as the regional code carries them.
    /// The stored history itself is left as it is.
    var regionalEpisodes: [Episode] {
        // Almost every stored history is already in order with nothing to fold: hand it back uncopied.
        let needsWork = zip(episodes, episodes.dropFirst()).contains { pair in
            Self.comesBeforeRegionally(pair.1, pair.0) || Self.foldsRegionally(pair.1, after: pair.0)
        }
        guard needsWork else { return episodes }
        var kept: [Episode] = []
        kept.reserveCapacity(episodes.count)
        for episode in episodes.sorted(by: Self.comesBeforeRegionally) {
            guard let previous = kept.last, Self.foldsRegionally(episode, after: previous) else {
                kept.append(episode)
                continue
            }
            kept[kept.count - 1].end = episode.end
            kept[kept.count - 1].reasonEnded = episode.reasonEnded
            kept[kept.count - 1].reasonPlaceChange = episode.reasonPlaceChange
        }
        return kept
    }

    /// The regional sort, `sort_values(["CHILD", "DECOM", "DEC"], na_position="first")`: DECOM, then DEC
    /// with a missing DEC first. Both that sort (on several columns) and Swift's are stable, so episodes
    /// alike in both keep their stored order.
    static func comesBeforeRegionally(_ a: Episode, _ b: Episode) -> Bool {
        if a.start != b.start { return a.start < b.start }
        guard let aEnd = a.end else { return b.end != nil }
        return b.end.map { aEnd < $0 } ?? false
    }

    /// The regional `skip_episode` test: RNE L, T or U (`continuesSameCarer`) and a DECOM equal to the DEC
    /// of the row before. Comparing with the episode kept so far is the same test, because folding hands
    /// it the DEC of the row just before. An open episode (no DEC) is never continued.
    static func foldsRegionally(_ next: Episode, after previous: Episode) -> Bool {
        next.reasonNew.continuesSameCarer && previous.end == next.start
    }
}
