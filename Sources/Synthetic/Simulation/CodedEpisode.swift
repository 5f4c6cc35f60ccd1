import CareModel

/// A simulated episode as the latest return that lists it shows it, with what pricing needs to know.
struct CodedEpisode: Sendable {
    /// The episode as in the latest return listing it (no end if still open on the last 31 March).
    var coded: Episode
    var kind: PlacementKind
    /// When the episode really ended, which may be after the last return.
    var trueEnd: Day

    /// Splits a child's episodes into placements the way `Placement.placements(from:)` does: a change of
    /// legal status or of code with the same carers (RNE L, T, U) on the day the last episode ended
    /// continues the placement; anything else starts a new one.
    static func placements(_ episodes: [CodedEpisode]) -> [ArraySlice<CodedEpisode>] {
        split(episodes[...]) { previous, next in
            previous.trueEnd == next.coded.start && next.coded.reasonNew.continuesSameCarer
        }
    }

    /// Splits a placement where the kind of home changes (foster carers becoming the adopters).
    static func runsOfKind(_ placement: ArraySlice<CodedEpisode>) -> [ArraySlice<CodedEpisode>] {
        split(placement) { previous, next in previous.kind == next.kind }
    }

    private static func split(
        _ items: ArraySlice<CodedEpisode>,
        continues: (CodedEpisode, CodedEpisode) -> Bool
    ) -> [ArraySlice<CodedEpisode>] {
        var groups: [ArraySlice<CodedEpisode>] = []
        var start = items.startIndex
        for i in items.indices where i > items.startIndex && !continues(items[i - 1], items[i]) {
            groups.append(items[start..<i])
            start = i
        }
        if start < items.endIndex { groups.append(items[start..<items.endIndex]) }
        return groups
    }
}
