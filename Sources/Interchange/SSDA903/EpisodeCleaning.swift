import CareModel

/// Where an episode or header came from, to choose between copies: the stored history is oldest,
/// then returns by the year they end (unknown years before known ones), then reading order.
struct ReturnRank: Comparable, Sendable {
    /// 0 for the stored history, 1 for this import.
    var source: Int
    var year: Int
    var order: Int

    init(source: Int, year: Int, order: Int) {
        self.source = source
        self.year = year
        self.order = order
    }

    init(returnYear: Int?, order: Int) {
        self.init(source: 1, year: returnYear ?? .min, order: order)
    }

    static func < (a: ReturnRank, b: ReturnRank) -> Bool {
        (a.source, a.year, a.order) < (b.source, b.year, b.order)
    }
}

/// An episode with the rank of the return it came from.
struct RankedEpisode: Sendable {
    var episode: Episode
    var rank: ReturnRank
}

/// The cleaning rules of the demand models (`reference/anchors.md` §3.1, §3.3) for one child's
/// episodes from several returns, in their order:
/// 1. sort by DECOM, then DEC (open episodes first), then return;
/// 2. duplicate DECOM: keep the last copy — the longest, and of those the latest return's;
/// 3. duplicate DEC: keep the first copy — the earliest start, so the longest episode;
/// 4. an episode left open, or ending after the next one starts, ends when the next starts (REC X1);
/// 5. fold same-day continuations (RNE L, T or U, same placement category) into the episode before.
///
/// The rules are repeated until nothing changes (which takes a second pass only when a zero-length
/// episode shares its end with a trimmed one). That makes cleaning a clean history a no-op, which is
/// what lets a re-import of the same returns change nothing.
enum EpisodeCleaning {
    /// One child's cleaned episodes, in date order. `countIdentical: false` leaves exact copies out of
    /// the duplicate count (used when merging with a stored history, where they are expected).
    static func clean(
        _ episodes: [RankedEpisode], countIdentical: Bool,
        tally: inout [CleaningRule: Int]
    ) -> [Episode] {
        var current = pass(episodes, countIdentical: countIdentical, tally: &tally)
        // After one pass starts are unique, nothing overlaps and nothing is left to fold; only a
        // zero-length episode (DEC = DECOM) can share its end with the trimmed episode before it.
        guard current.contains(where: { $0.end == $0.start }) else { return current }
        for _ in 0..<8 {
            var again: [CleaningRule: Int] = [:]
            let ranked = current.enumerated().map {
                RankedEpisode(episode: $1, rank: .init(returnYear: nil, order: $0))
            }
            let next = pass(ranked, countIdentical: true, tally: &again)
            if next == current { break }
            tally.merge(again, uniquingKeysWith: +)
            current = next
        }
        return current
    }

    private static func pass(
        _ episodes: [RankedEpisode], countIdentical: Bool,
        tally: inout [CleaningRule: Int]
    ) -> [Episode] {
        let sorted = episodes.sorted(by: comesBefore)
        var kept = dropDuplicateStarts(sorted, countIdentical: countIdentical, tally: &tally)
        kept = dropDuplicateEnds(kept, tally: &tally)
        trimOverlaps(&kept, tally: &tally)
        return foldContinuations(kept, tally: &tally)
    }

    /// DECOM, then DEC with open episodes first, then return rank.
    static func comesBefore(_ a: RankedEpisode, _ b: RankedEpisode) -> Bool {
        if a.episode.start != b.episode.start { return a.episode.start < b.episode.start }
        switch (a.episode.end, b.episode.end) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (x?, y?) where x != y: return x < y
        default: return a.rank < b.rank
        }
    }

    private static func dropDuplicateStarts(
        _ sorted: [RankedEpisode], countIdentical: Bool,
        tally: inout [CleaningRule: Int]
    ) -> [Episode] {
        var kept: [Episode] = []
        kept.reserveCapacity(sorted.count)
        for item in sorted {
            guard let last = kept.last, last.start == item.episode.start else {
                kept.append(item.episode)
                continue
            }
            if countIdentical || last != item.episode { tally[.duplicateStart, default: 0] += 1 }
            kept[kept.count - 1] = item.episode
        }
        return kept
    }

    private static func dropDuplicateEnds(_ episodes: [Episode], tally: inout [CleaningRule: Int]) -> [Episode] {
        // A child has a handful of episodes: a list searched in turn is cheaper than hashing into a set.
        var ends: [Day] = []
        ends.reserveCapacity(episodes.count)
        return episodes.filter { episode in
            guard let end = episode.end else { return true }
            if !ends.contains(end) { ends.append(end); return true }
            tally[.duplicateEnd, default: 0] += 1
            return false
        }
    }

    /// The child cannot be in two episodes at once, so an episode still open (or ending later) when the
    /// next one starts is taken to end that day — and so to end with "new episode begins on same day".
    private static func trimOverlaps(_ episodes: inout [Episode], tally: inout [CleaningRule: Int]) {
        for i in episodes.indices.dropLast() {
            let next = episodes[i + 1].start
            guard episodes[i].end.map({ $0 > next }) ?? true else { continue }
            episodes[i].end = next
            episodes[i].reasonEnded = .x1
            tally[.overlapTrimmed, default: 0] += 1
        }
    }
}
