import CareModel

/// How many prospective households reached each recruitment stage within a stretch of days: a calendar
/// month or a financial year, as the fostering return and the sufficiency report count them.
public struct StageCounts: Hashable, Sendable {
    /// The first and last days counted, both included.
    public var first: Day
    public var last: Day
    /// Households whose first recorded day at the stage falls in the stretch; stages with none are absent.
    public var counts: [RecruitmentStage: Int]

    public init(first: Day, last: Day, counts: [RecruitmentStage: Int]) {
        self.first = first
        self.last = last
        self.counts = counts
    }

    /// The households reaching `stage` (nought when none did).
    public subscript(stage: RecruitmentStage) -> Int { counts[stage] ?? 0 }
}
