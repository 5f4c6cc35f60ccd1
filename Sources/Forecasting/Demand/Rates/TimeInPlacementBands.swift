import CareModel

/// Bands of time in placement for the Monte-Carlo projection by age and time in placement (issue 5, item 2).
///
/// "Placement" here is a stay in one kind of home (one demand category), as the stock-and-flow model sees
/// it: the clock starts when a child enters care or moves to another kind of home; moves between homes of
/// the same kind and birthdays that move the child into the next age band do not restart it. The model
/// does not follow moves between homes of the same kind (the regional projection ignores self-transitions),
/// so a clock restarted by them could not be simulated the way it was measured.
///
/// The standard bands are under 3 months, 3–12 months, 1–2 years and 2 years or more:
/// - the first three months hold the short stays (emergency and remand placements, children who go home
///   within weeks), where leaving is most likely;
/// - 3–12 months holds the stays that end when care proceedings end (the 26-week limit of the Children and
///   Families Act 2014) or after assessment, with a return home, adoption or a move to a longer-term home;
/// - 1–2 years, stays settling into long-term care;
/// - 2 years or more, long-term homes, which end mostly by ageing out at 18.
/// More bands would leave too few child-days per age band × category × band in a single authority.
public struct TimeInPlacementBands: Hashable, Sendable {
    /// First day of each band, in days since the placement began: strictly increasing and starting at 0.
    public let lowerBounds: [Int]

    /// Bands starting at the given days (0 first); `nil` unless they start at 0 and strictly increase.
    public init?(lowerBounds: [Int]) {
        guard lowerBounds.first == 0, zip(lowerBounds, lowerBounds.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return nil
        }
        self.lowerBounds = lowerBounds
    }

    /// Under 3 months (days 0–90), 3–12 months (91–364), 1–2 years (365–729), 2 years or more (730+).
    public static let standard = TimeInPlacementBands(lowerBounds: [0, 91, 365, 730])!

    /// One band for every duration: rates do not depend on time in placement (the plain Monte-Carlo).
    public static let single = TimeInPlacementBands(lowerBounds: [0])!

    public var count: Int { lowerBounds.count }

    /// The band of a child who has been `days` days in the placement (negative days count as 0).
    public func band(days: Int) -> Int {
        var band = 0
        while band + 1 < lowerBounds.count && lowerBounds[band + 1] <= days { band += 1 }
        return band
    }

    /// "under 3 months", "3–12 months", … in words a finance officer reads; generic day ranges otherwise.
    public func label(of band: Int) -> String {
        if self == .standard { return ["under 3 months", "3–12 months", "1–2 years", "2 years or more"][band] }
        let lower = lowerBounds[band]
        return band + 1 < count ? "\(lower)–\(lowerBounds[band + 1] - 1) days" : "\(lower) days or more"
    }
}
