import CareModel

extension EpisodeCleaning {
    /// Folds same-day continuations into the episode before them: an episode whose RNE is L (legal
    /// status only), T or U (placement type changed, same carers) that starts the day the previous one
    /// ends, in the same placement category, is removed and its DEC, REC and REASON_PLACE_CHANGE are
    /// carried back, so a stay with the same carers reads as one episode.
    ///
    /// How cs-demand-model-regional does it (SocialFinanceDigitalLabs/cs-demand-model-regional,
    /// `ssda903/datacontainer.py`, `_remove_redundant_episodes`, called from `enriched_view` as of commit
    /// 03e04a06; in `combined_data` from 096abe6b; afb3f1c9 and earlier do not fold): after the sort, the
    /// dedupes and the DEC trim, a row is marked `skip_episode` when its RNE is L, T or U, the row before is
    /// the same child, and its DECOM equals that row's DEC, whatever either row's PLACE. Skipped rows are
    /// dropped, and a run of them hands the last one's DEC, REC and REASON_PLACE_CHANGE to the row kept
    /// before the run, which keeps its own PLACE and provider. We follow that, except that we also require
    /// the same `PlacementCategory`. This fold shapes the stored history, which the costs register is
    /// joined to by child and episode start (`RegisterCheck`): a new placement code with the same carers
    /// (U4 → K2 with RNE L, U6 → A5 placed for adoption, K2 → K3, an in-house carer becoming an agency's) is
    /// a new home for costs, with its own cost item and budget line and often its own row in the register;
    /// folding it would leave that row no episode to join (a false "cost without episode") and count the
    /// rest of the stay under the first code's category. The demand model still needs the regional rule
    /// for parity, so it folds the rest itself when it reads the stored histories
    /// (`ChildHistory.regionalEpisodes` in Forecasting).
    ///
    /// The row loop of 096abe6b handed the carried values over only when the next kept row arrived, so a
    /// run of continuations at the very end of the data lost its DEC; 03e04a06 carries every run, as we
    /// always have (each continuation is carried back as it is folded).
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

    /// The regional `skip_episode` test (RNE L/T/U, DECOM = the previous DEC) narrowed to the same
    /// `PlacementCategory`, so a change of category with the same carers stays a new episode for the register.
    private static func continues(_ previous: Episode, with next: Episode) -> Bool {
        next.reasonNew.continuesSameCarer && previous.end == next.start && previous.category == next.category
    }
}
