import CareModel

/// What the registers say about a plan's child: their date of birth (from the 903 header) and their
/// placements in the costs register. A plan's saving is worked out from these and nothing else.
public struct PlanFacts: Sendable {
    public var plan: ProgrammePlan
    public var dateOfBirth: Day?
    /// The child's placements in the costs register, any order.
    public var placements: [PlacementCost]

    public init(plan: ProgrammePlan, dateOfBirth: Day?, placements: [PlacementCost]) {
        self.plan = plan
        self.dateOfBirth = dateOfBirth
        self.placements = placements.sorted { $0.placementStart < $1.placementStart }
    }

    /// The home the child was in when the plan was identified: the placement open that day, or failing
    /// that the last one started before it that has not ended before it.
    public var currentPlacement: PlacementCost? {
        placements.last {
            $0.placementStart <= plan.identified && ($0.placementEnd ?? plan.identified) >= plan.identified
        }
    }

    /// The day before the 18th birthday: the last day a saving is claimed for a child whose placement does
    /// not continue past 18.
    public var dayBeforeEighteen: Day? { dateOfBirth?.birthday(18).adding(days: -1) }

    /// The move the registers show: the first placement of the plan's kind that started after the current
    /// one, on or after the day the plan was identified; for a plan to leave care, the day after the last
    /// placement ended with none after it.
    public var move: PlanMove? {
        guard let current = currentPlacement else { return nil }
        switch plan.destination {
        case .home:
            let later = placements.first {
                $0.placementStart > current.placementStart && $0.placementStart >= plan.identified
                    && $0.category.map(plan.destination.isMet(by:)) == true
            }
            return later.map { PlanMove(day: $0.placementStart, newPlacement: $0) }
        case .leavesCare:
            guard let last = placements.last, let end = last.placementEnd, end >= plan.identified else { return nil }
            return PlanMove(day: end.adding(days: 1), newPlacement: nil)
        }
    }
}

/// The day a plan's child moved, and the placement they moved to (none when they left care).
public struct PlanMove: Sendable, Hashable, Codable {
    public var day: Day
    public var newPlacement: PlacementCost?

    public init(day: Day, newPlacement: PlacementCost?) {
        self.day = day
        self.newPlacement = newPlacement
    }
}
