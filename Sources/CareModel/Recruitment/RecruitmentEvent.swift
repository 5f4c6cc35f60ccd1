/// One step of one prospective foster household through recruitment: the stage it reached and the day.
public struct RecruitmentEvent: Sendable, Hashable, Codable {
    public var authority: AuthorityCode
    /// The council's reference for the prospective household ("ENQ-2024-031"); once approved it may become
    /// the household's own reference.
    public var prospect: String
    public var stage: RecruitmentStage
    public var day: Day
    /// How the enquiry came (given on the enquiry; later events may leave it blank).
    public var channel: RecruitmentChannel?
    /// Given when `stage` is `.withdrawn`.
    public var withdrawalReason: WithdrawalReason?

    public init(
        authority: AuthorityCode, prospect: String, stage: RecruitmentStage, day: Day,
        channel: RecruitmentChannel? = nil, withdrawalReason: WithdrawalReason? = nil
    ) {
        self.authority = authority
        self.prospect = prospect
        self.stage = stage
        self.day = day
        self.channel = channel
        self.withdrawalReason = withdrawalReason
    }
}
