import CareModel

/// One prospective foster household's journey through recruitment, gathered from its events: the first
/// day it reached each stage, how it came, and whether it is approved, withdrawn or still in the pipeline.
///
/// Stages are reached in funnel order, so a household recorded at a later stage has passed the earlier
/// ones even when they were not recorded (an IFA transfer may start at assessment; a panel may go
/// unrecorded before the approval): `reached(_:)` goes by the furthest stage recorded. Only recorded days
/// are used to measure time between stages.
public struct RecruitmentProspect: Hashable, Sendable {
    public let authority: AuthorityCode
    public let id: String
    /// The first channel given on its events (the enquiry's, normally).
    public let channel: RecruitmentChannel?
    /// The first day of each stage recorded, withdrawal included.
    public let recorded: [RecruitmentStage: Day]
    /// The furthest funnel stage recorded; `nil` when its only events are withdrawals.
    public let furthest: RecruitmentStage?
    /// Whether its latest event is a withdrawal (and it was never approved).
    public let withdrawn: Bool

    /// The prospect of one household's events (all with the same authority and prospect reference).
    init(events: [RecruitmentEvent]) {
        let ordered = events.sorted { ($0.day, $0.stage) < ($1.day, $1.stage) }
        var recorded: [RecruitmentStage: Day] = [:]
        for event in ordered where recorded[event.stage] == nil { recorded[event.stage] = event.day }
        let furthest = RecruitmentStage.funnel.last { recorded[$0] != nil }
        authority = ordered.first?.authority ?? ""
        id = ordered.first?.prospect ?? ""
        channel = ordered.lazy.compactMap(\.channel).first
        self.recorded = recorded
        self.furthest = furthest
        withdrawn = furthest != .approval && ordered.last?.stage == .withdrawn
    }

    /// Each household's prospect, by authority and reference.
    static func gathering(_ events: [RecruitmentEvent]) -> [RecruitmentProspect] {
        Dictionary(grouping: events) { [$0.authority, $0.prospect] }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map { RecruitmentProspect(events: $0.value) }
    }

    /// Whether it got to `stage` (a funnel stage): recorded there or at any later funnel stage.
    public func reached(_ stage: RecruitmentStage) -> Bool {
        if stage == .withdrawn { return recorded[.withdrawn] != nil }
        guard let furthest else { return false }
        return stage <= furthest
    }

    /// The day it got to `stage`: the day recorded, else the first day recorded at a later funnel stage;
    /// `nil` when it did not get there.
    public func day(reached stage: RecruitmentStage) -> Day? {
        guard reached(stage) else { return nil }
        if let day = recorded[stage] { return day }
        return RecruitmentStage.funnel.filter { $0 > stage }.compactMap { recorded[$0] }.min()
    }

    /// Neither approved nor withdrawn.
    public var isOpen: Bool { furthest != nil && furthest != .approval && !withdrawn }

    /// Whether it came as a transfer from an independent fostering agency.
    public var isIFATransfer: Bool { channel == .ifaTransfer }
}
