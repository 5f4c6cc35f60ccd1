import CareModel

extension EpisodeCleaning {
    /// Folds same-day continuations into the episode before them: an episode whose RNE is L (legal
    /// status only), T or U (placement type changed, same carers) that starts the day the previous one
    /// ends, in the same placement category, is removed and its DEC, REC and REASON_PLACE_CHANGE are
    /// carried back, so a stay with the same carers reads as one episode.
    ///
    /// How cs-demand-model-regional does it (SocialFinanceDigitalLabs/cs-demand-model-regional,
    /// `ssda903/datacontainer.py`, `combined_data`, as of commit 096abe6b; earlier versions such as
    /// afb3f1c9 do not fold at all): after the DEC trim, a row is marked `Skip_Episode` when its RNE is
    /// L, T or U, the row before is the same child, and its DECOM equals that row's DEC. Skipped rows
    /// are dropped, and a run of them hands the last one's DEC, REC and REASON_PLACE_CHANGE to the row
    /// kept before the run. We follow that, with two differences:
    /// - We also require the same `PlacementCategory`. A T or U change keeps the carers but can change
    ///   what kind of placement it is (U6 fostering → A5 placed for adoption with the same carers, K2 →
    ///   K3); that is a different budget line and a transition the projections must see, which folding
    ///   would hide under the earlier episode's category.
    /// - The regional loop hands the carried values over only when the next kept row arrives, so a run
    ///   of continuations at the very end of the data (the last child's latest episodes) is dropped
    ///   without its DEC, and that child seems to leave care the day the continuation began. Here each
    ///   continuation is carried back as it is folded.
    static func foldContinuations(_ episodes: [Episode], tally: inout [CleaningRule: Int]) -> [Episode] {
        var kept: [Episode] = []
        kept.reserveCapacity(episodes.count)
        for episode in episodes {
            guard let previous = kept.last, continues(previous, with: episode) else {
                kept.append(episode)
                continue
            }
            kept[kept.count - 1].end = episode.end
            kept[kept.count - 1].reasonEnded = episode.reasonEnded
            kept[kept.count - 1].reasonPlaceChange = episode.reasonPlaceChange
            tally[.continuationFolded, default: 0] += 1
        }
        return kept
    }

    private static func continues(_ previous: Episode, with next: Episode) -> Bool {
        next.reasonNew.continuesSameCarer && previous.end == next.start && previous.category == next.category
    }
}
