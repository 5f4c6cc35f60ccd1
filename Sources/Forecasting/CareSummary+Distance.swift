import CareModel

/// How far from home children in care on a day live (NAO and the seeds' "placed more than 20 miles away").
public struct DistanceFromHome: Hashable, Sendable {
    /// Children in care on the day (short breaks left out, as in every count).
    public var children: Int
    /// Those whose episode gives PL_DISTANCE.
    public var known: Int
    /// Those placed more than `threshold` miles from home.
    public var fartherThanThreshold: Int
    public var threshold: Double

    public init(children: Int, known: Int, fartherThanThreshold: Int, threshold: Double) {
        self.children = children
        self.known = known
        self.fartherThanThreshold = fartherThanThreshold
        self.threshold = threshold
    }
}

extension CareSummary {
    /// Children in care on `day` and how many are placed more than `threshold` miles (default 20) from the
    /// home they were taken from, among those whose distance is known.
    public static func distanceFromHome(
        of histories: [ChildHistory], on day: Day,
        threshold: Double = 20
    ) -> DistanceFromHome {
        var result = DistanceFromHome(children: 0, known: 0, fartherThanThreshold: 0, threshold: threshold)
        for history in histories {
            guard let episode = history.episode(on: day), !episode.legalStatus.isShortBreak else { continue }
            result.children += 1
            guard let miles = episode.placementDistance else { continue }
            result.known += 1
            if miles > threshold { result.fartherThanThreshold += 1 }
        }
        return result
    }
}
