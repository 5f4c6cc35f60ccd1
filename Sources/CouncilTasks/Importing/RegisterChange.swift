import CareModel
import Forecasting

/// What replacing (or merging into) an authority's costs register would change, shown before anything is
/// replaced: placements added, removed and repriced, and the month's forecast outturn before and after.
public struct RegisterChange: Sendable, Equatable {
    public var authority: AuthorityCode
    /// Placements in the register now, and after.
    public var before: Int
    public var after: Int
    public var added: Int
    public var removed: Int
    public var repriced: Int
    /// The monitor's month and its forecast outturn with the register as it is and as it would be (`nil` when
    /// the authority has no budget for that year).
    public var period: Period?
    public var forecastBefore: Money?
    public var forecastAfter: Money?

    /// A register that would lose more than half its placements: most likely a partial file sent as a whole
    /// one, so the preview warns and the command line refuses without `--replace-all`.
    public var shrinksByMoreThanHalf: Bool { before > 0 && after * 2 < before }

    /// Counts the placements (by child and start) that `proposed` adds, removes and reprices relative to `existing`.
    public init(authority: AuthorityCode, existing: [PlacementCost], proposed: [PlacementCost]) {
        let old = Dictionary(existing.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(proposed.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        self.authority = authority
        before = old.count
        after = new.count
        added = new.keys.filter { old[$0] == nil }.count
        removed = old.keys.filter { new[$0] == nil }.count
        repriced = new.filter { key, cost in old[key].map { $0.rates != cost.rates } ?? false }.count
    }

    static func key(_ cost: PlacementCost) -> String {
        "\(cost.child.child)\u{1F}\(cost.placementStart.iso)"
    }
}
