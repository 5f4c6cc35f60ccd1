import CareModel

/// What one plan saves, worked out honestly from the registers (weeks are days ÷ 7, money in pence,
/// each figure rounded once):
/// - the weekly saving: the net weekly cost of the home the child was in when the plan was identified,
///   less the target home's expected weekly cost;
/// - anticipated: that saving from the target date to each horizon, less one-off costs;
/// - realised: from the day the costs register shows the move, priced from the placement actually made;
/// - slippage: what the first target date would have given less what the current one gives.
///
/// Every horizon stops the day before the 18th birthday (unless the current placement continues past
/// 18) and at the current placement's planned end: no saving is claimed after the child would have
/// moved anyway.
public struct PlanSaving: Sendable, Hashable, Codable {
    public var plan: ProgrammePlan
    /// The status on the report's day, and the cohort column it counts in.
    public var status: PlanStatus
    public var cohort: PlanCohort
    /// The net weekly cost of the child's home on the day the plan was identified; `nil` when the costs
    /// register has no placement open that day (nothing can then be claimed).
    public var currentWeekly: Money?
    public var weeklySaving: Money
    public var anticipated: SavingHorizons
    public var slippage: SavingHorizons
    /// The move the costs register shows, if any.
    public var move: PlanMove?
    /// The new home's net weekly cost on the day of the move (the target weekly when the child left care).
    public var newWeekly: Money?
    /// Realised from the move to the report's day, and the part of it in this financial year.
    public var realisedToDate: Money
    public var realisedInYear: Money

    /// Works out the plan's saving as it stands on `asOf` (in-year means the financial year containing it).
    public init(facts: PlanFacts, asOf: Day) {
        let window = SavingWindow(facts: facts, year: FinancialYear(containing: asOf))
        let move = facts.move
        plan = facts.plan
        status = facts.plan.status(on: asOf)
        cohort = status.cohort
        currentWeekly = window.currentWeekly
        weeklySaving = window.weeklySaving
        anticipated = window.anticipated(from: facts.plan.targetDate)
        let effective = status == .achieved ? (move?.day ?? facts.plan.targetDate) : facts.plan.targetDate
        slippage = window.anticipated(from: facts.plan.firstTargetDate) - window.anticipated(from: effective)
        self.move = move
        newWeekly = move.map { $0.newPlacement?.netWeekly(on: $0.day) ?? facts.plan.targetWeekly }
        realisedToDate = move.map { window.realised(move: $0, from: $0.day, through: asOf) } ?? .zero
        realisedInYear =
            move.map {
                window.realised(move: $0, from: max($0.day, window.year.first), through: min(asOf, window.year.last))
            }
            ?? .zero
    }

    /// Whether the costs register shows the child moved but the plan is not marked achieved: a prompt to
    /// update it.
    public var moveNotRecorded: Bool { move != nil && status != .achieved && status != .outOfScope }
}
