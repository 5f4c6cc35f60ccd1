import CareModel

/// A child a programme could hold a plan for: the placement they were in on the day the plan would be
/// identified and, when the costs register shows them moving as the programme intends, the move.
struct PlanCandidate: Sendable {
    var record: ChildPlacements
    var stay: ProgrammeStay
    var identified: Day
    /// The day the placement ended in what the programme works for, and where the child went.
    var move: (day: Day, destination: PlanDestination)?

    var child: String { record.child }
}
