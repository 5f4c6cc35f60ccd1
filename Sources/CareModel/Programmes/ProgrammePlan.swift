/// One child's plan within a programme: where the child is meant to move, when, at what weekly cost, and
/// how the plan has moved on. The child's current home and its cost are not stored: they come from the
/// costs register on the day the plan was identified.
public struct ProgrammePlan: Sendable, Hashable, Codable {
    public var authority: AuthorityCode
    /// The council's reference for the plan; unique within the authority.
    public var id: String
    /// The programme's reference.
    public var programme: String
    /// The child's SSDA903 CHILD reference.
    public var child: String
    public var identified: Day
    public var destination: PlanDestination
    /// The expected net weekly cost of the new home (a special guardianship allowance when the child
    /// leaves care, zero when nothing is paid).
    public var targetWeekly: Money
    /// The target date first agreed: slippage is measured from it.
    public var firstTargetDate: Day
    /// The target date now.
    public var targetDate: Day
    /// One-off costs of the move (a support package, an assessment fee), set against its saving.
    public var oneOffCost: Money
    /// Who leads the plan (a team or role, never a child's name).
    public var owner: String?
    /// Status changes in day order; before the first the plan is identified.
    public var statuses: [PlanStatusChange]

    public init(
        authority: AuthorityCode, id: String, programme: String, child: String, identified: Day,
        destination: PlanDestination, targetWeekly: Money, firstTargetDate: Day, targetDate: Day? = nil,
        oneOffCost: Money = .zero, owner: String? = nil, statuses: [PlanStatusChange] = []
    ) {
        self.authority = authority
        self.id = id
        self.programme = programme
        self.child = child
        self.identified = identified
        self.destination = destination
        self.targetWeekly = targetWeekly
        self.firstTargetDate = firstTargetDate
        self.targetDate = targetDate ?? firstTargetDate
        self.oneOffCost = oneOffCost
        self.owner = owner
        self.statuses = statuses.sorted { $0.day < $1.day }
    }

    public var childKey: ChildKey { ChildKey(authority: authority, child: child) }

    /// The status on `day`: the last change on or before it, or identified.
    public func status(on day: Day) -> PlanStatus {
        statuses.last { $0.day <= day }?.status ?? .identified
    }

    /// The latest status, whatever its day.
    public var currentStatus: PlanStatus { statuses.last?.status ?? .identified }
}
