import CareModel

/// One plan as the generator makes it, with the weekly cost of the child's home on the day the plan was
/// identified, which its saving is counted from.
struct PlanDraft: Sendable {
    var plan: ProgrammePlan
    var currentWeekly: Money

    /// The saving over a full year once the child has moved: the weekly difference × 52, none when the
    /// new home costs as much or more.
    var fullYearSaving: Money {
        let weekly = currentWeekly - plan.targetWeekly
        return weekly > .zero ? Money(pence: weekly.pence * 52) : .zero
    }
}
