import CareModel

/// The median days prospective households took from one stage to a later one, which says when today's
/// pipeline will reach panel and approval.
public struct StageLag: Hashable, Sendable {
    public var from: RecruitmentStage
    public var to: RecruitmentStage
    /// Households with both stages recorded, the later on or after the earlier.
    public var observations: Int
    /// The median of their days between the stages (the mean of the middle two for an even count);
    /// `nil` with no observations.
    public var medianDays: Double?

    public init(from: RecruitmentStage, to: RecruitmentStage, observations: Int, medianDays: Double?) {
        self.from = from
        self.to = to
        self.observations = observations
        self.medianDays = medianDays
    }

    /// The median of `days`; `nil` when there are none.
    static func median(_ days: [Int]) -> Double? {
        guard !days.isEmpty else { return nil }
        let sorted = days.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1
            ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
