import CareModel

extension ProgrammeDesign {
    /// Where the child went when `stay` ended, if that is what the programme works for: the next
    /// placement's kind of home (fostering for STEPs, supported accommodation for step-forward, placed with
    /// parents for reunification), or leaving care for the reasons the programme counts (a special
    /// guardianship or child arrangements order for Right Child Right Care; home to parents for
    /// reunification). `nil` when the placement is still open or ended some other way.
    func achievement(of stay: ProgrammeStay, in record: ChildPlacements)
        -> (day: Day, destination: PlanDestination)?
    {
        guard let end = stay.end else { return nil }
        if let next = record.stay(startingOn: end) {
            let category = next.category(on: next.start)
            let met: Bool
            switch self {
            case .steps: met = category.group == .fostering
            case .stepForward: met = category == .supported
            case .reunification: met = category == .placedWithParents
            case .rightChildRightCare: met = false
            }
            guard met else { return nil }
            return (day: end, destination: PlanDestination.home(category))
        }
        guard let reason = record.exits[end], exitReasons.contains(reason) else { return nil }
        return (day: end, destination: PlanDestination.leavesCare)
    }

    /// The reasons for leaving care (REC) that achieve the programme's plans.
    var exitReasons: Set<ReasonEpisodeCeased> {
        switch self {
        case .rightChildRightCare: [.e41, .e45, .e46, .e47, .e48]
        case .reunification: [.e4a, .e13, .e41]
        case .steps, .stepForward: []
        }
    }

    /// Where a plan not yet achieved means the child to go.
    func plannedDestination(random: inout SeededRandom) -> PlanDestination {
        switch self {
        case .steps: random.pick([(.home(.fosteringInHouse), 60.0), (.home(.fosteringAgency), 40)])
        case .rightChildRightCare: .leavesCare
        case .reunification: random.pick([(.leavesCare, 65.0), (.home(.placedWithParents), 35)])
        case .stepForward: .home(.supported)
        }
    }

    /// A realistic weekly cost of `destination`: an in-house foster carer's fee and allowance, an agency's
    /// price, supported accommodation's; a special guardianship allowance when a child leaves care to
    /// their carers; a little support when a child goes home to parents; nothing once home for good.
    func targetWeekly(_ destination: PlanDestination, random: inout SeededRandom) -> Money {
        let pounds: ClosedRange<Int>
        switch destination {
        case .home(.fosteringInHouse): pounds = 450...650
        case .home(.fosteringAgency): pounds = 900...1_100
        case .home(.fosteringRelativeFriend): pounds = 250...400
        case .home(.supported): pounds = 1_200...2_000
        case .home(.placedWithParents): pounds = 50...150
        case .leavesCare where self == .rightChildRightCare: pounds = 150...250
        default: return .zero
        }
        return Money(pounds: Int64(random.int(in: pounds)))
    }

    /// Why a plan is paused while the child stays where they are.
    var holdReasons: [String] {
        switch self {
        case .steps:
            ["no suitable foster carer found", "no expressions of interest from carers", "child not ready to move"]
        case .rightChildRightCare: ["court decision awaited", "unsettled period in placement"]
        case .reunification: ["court decision awaited", "parenting assessment outstanding"]
        case .stepForward: ["no suitable supported accommodation found", "child not ready to move"]
        }
    }

    /// Why a plan stops while the child stays where they are.
    var dropReasons: [String] {
        switch self {
        case .steps: ["child's needs changed", "child wishes to stay in current home"]
        case .rightChildRightCare:
            [
                "carers do not wish to apply for special guardianship", "carers wish to remain foster carers",
                "court decision",
            ]
        case .reunification: ["court decision", "risk at home too high", "child's needs changed"]
        case .stepForward: ["child's needs changed", "child wishes to stay in current home"]
        }
    }

    /// How far a running plan has got, at most, drawn with these weights (identified first, then `stages`).
    var progressWeights: [Double] {
        switch self {
        case .steps: [15, 20, 40, 15, 10]
        case .stepForward: [15, 20, 30, 20, 15]
        case .rightChildRightCare, .reunification: [15, 60, 25]
        }
    }
}
