import CareModel

/// A move an on-track programme plan expects to make: the child, the day, where to and at what weekly
/// cost. The budget monitor's "planned moves" component reprices the child's placement from that day.
public struct PlannedMove: Sendable, Hashable, Codable {
    public var child: ChildKey
    public var plan: String
    public var programme: String
    public var day: Day
    public var destination: PlanDestination
    public var newWeekly: Money

    public init(
        child: ChildKey, plan: String, programme: String, day: Day, destination: PlanDestination, newWeekly: Money
    ) {
        self.child = child
        self.plan = plan
        self.programme = programme
        self.day = day
        self.destination = destination
        self.newWeekly = newWeekly
    }

    /// The moves of plans on track on the report's day (agreed at panel, searching, matched or moving),
    /// on their current target dates. Achieved plans are already in the register; the rest are not
    /// counted on.
    public static func onTrack(_ savings: [PlanSaving]) -> [PlannedMove] {
        savings.filter { $0.cohort == .onTrack && $0.currentWeekly != nil }.map {
            PlannedMove(
                child: $0.plan.childKey, plan: $0.plan.id, programme: $0.plan.programme, day: $0.plan.targetDate,
                destination: $0.plan.destination, newWeekly: $0.plan.targetWeekly)
        }
    }
}
