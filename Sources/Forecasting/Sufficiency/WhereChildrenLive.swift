import CareModel

/// Where the children in care live on a month end, as councils report the trend (004 §2.2: "48.3% → 52.2%
/// commissioned"): how many are in family-based care (foster care, placed with parents, placed for adoption),
/// how many in homes the council buys (private and voluntary providers, PR4/PR5) and how many are placed more
/// than 20 miles from home, among those whose distance is known.
public struct WhereChildrenLive: Sendable, Hashable, Codable {
    public var month: Day
    public var children: Int
    public var familyBased: Int
    public var commissioned: Int
    public var fartherThan20Miles: Int
    public var distanceKnown: Int

    public var familyBasedShare: Double? { share(familyBased, of: children) }
    public var commissionedShare: Double? { share(commissioned, of: children) }
    public var fartherShare: Double? { share(fartherThan20Miles, of: distanceKnown) }

    func share(_ part: Int, of whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }

    /// The month ends of the `months` months to `last` (inclusive), oldest first, with the children in care on
    /// each counted as DfE statistics count them (short breaks left out).
    public static func trend(of histories: [ChildHistory], months: Int, through last: Day) -> [WhereChildrenLive] {
        (0..<months).reversed().map { back in
            let day = last.startOfMonth.adding(months: -back).endOfMonth
            return count(histories, on: min(day, last))
        }
    }

    static func count(_ histories: [ChildHistory], on day: Day) -> WhereChildrenLive {
        var row = WhereChildrenLive(
            month: day, children: 0, familyBased: 0, commissioned: 0, fartherThan20Miles: 0, distanceKnown: 0)
        for history in histories {
            guard let episode = history.episode(on: day), !episode.legalStatus.isShortBreak else { continue }
            row.children += 1
            if [.fostering, .placedWithParents, .adoption].contains(episode.category.group) { row.familyBased += 1 }
            if episode.provider == .pr4 || episode.provider == .pr5 { row.commissioned += 1 }
            guard let miles = episode.placementDistance else { continue }
            row.distanceKnown += 1
            if miles > 20 { row.fartherThan20Miles += 1 }
        }
        return row
    }
}
