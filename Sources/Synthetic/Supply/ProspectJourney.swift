import CareModel

/// One prospective foster household's way through recruitment: an enquiry, then each stage it reaches and
/// when, and its withdrawal if it leaves before approval. About a third never apply, and about one enquiry
/// in eight ends in approval, as councils' fostering returns show.
enum ProspectJourney {
    /// What a stage's day is counted from.
    enum Anchor: Sendable { case previous, enquiry, application }

    /// One stage after the enquiry: the chance of reaching it from the one before, when it happens, and why
    /// those who do not reach it leave.
    struct Step: Sendable {
        var stage: RecruitmentStage
        var chance: Double
        var anchor: Anchor
        var lag: ClosedRange<Int>
        var reasons: [(WithdrawalReason, Double)]
    }

    /// The initial visit two to three weeks after the enquiry, the application one to two months after it,
    /// stage 1 straight after applying, stage 2 three to four months and panel six to eight months after
    /// applying, and the decision a few weeks after panel.
    static let steps: [Step] = [
        Step(
            stage: .initialVisit, chance: 0.78, anchor: .previous, lag: 12...24,
            reasons: [(.lostContact, 40), (.notReady, 30), (.personalCircumstances, 20), (.chosenAnotherProvider, 10)]),
        Step(
            stage: .application, chance: 0.833, anchor: .enquiry, lag: 30...60,
            reasons: [(.notReady, 40), (.personalCircumstances, 30), (.chosenAnotherProvider, 20), (.lostContact, 10)]),
        Step(
            stage: .stage1, chance: 0.95, anchor: .application, lag: 3...14,
            reasons: [(.personalCircumstances, 50), (.councilDecision, 40), (.other, 10)]),
        Step(
            stage: .stage2, chance: 0.45, anchor: .application, lag: 90...120,
            reasons: [
                (.councilDecision, 35), (.personalCircumstances, 35), (.notReady, 20), (.chosenAnotherProvider, 10),
            ]),
        Step(
            stage: .panel, chance: 0.47, anchor: .application, lag: 180...240,
            reasons: [
                (.personalCircumstances, 40), (.councilDecision, 30), (.chosenAnotherProvider, 15), (.notReady, 15),
            ]),
        Step(
            stage: .approval, chance: 0.95, anchor: .previous, lag: 7...28,
            reasons: [(.panelNotRecommended, 80), (.councilDecision, 20)]),
    ]

    static let channels: [(RecruitmentChannel, Double)] = [
        (.regionalHub, 40), (.campaign, 30), (.referAFriend, 18), (.ifaTransfer, 8), (.other, 4),
    ]

    /// The prospect's events from the enquiry on `enquiry` to approval or withdrawal.
    static func events(authority: AuthorityCode, prospect: String, enquiry: Day, random: inout SeededRandom)
        -> [RecruitmentEvent]
    {
        var events = [
            RecruitmentEvent(
                authority: authority, prospect: prospect, stage: .enquiry, day: enquiry,
                channel: random.pick(channels))
        ]
        var previous = enquiry, application = enquiry
        for step in steps {
            let anchor = step.anchor == .previous ? previous : step.anchor == .enquiry ? enquiry : application
            let next = max(anchor.adding(days: random.int(in: step.lag)), previous.adding(days: 1))
            guard random.chance(step.chance) else {
                let left = previous.adding(days: random.int(in: 1...max(1, previous.days(to: next) - 1)))
                events.append(
                    RecruitmentEvent(
                        authority: authority, prospect: prospect, stage: .withdrawn, day: left,
                        withdrawalReason: random.pick(step.reasons)))
                return events
            }
            events.append(RecruitmentEvent(authority: authority, prospect: prospect, stage: step.stage, day: next))
            previous = next
            if step.stage == .application { application = next }
        }
        return events
    }
}
