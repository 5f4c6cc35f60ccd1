import CareModel

/// The council's programme register as read from its files (`ProgrammeRegisterReader`): the programmes
/// with their savings targets, and the children's plans in them, each with its status changes.
public struct ProgrammeRegister: Sendable, Hashable {
    /// The programmes; the reader gives them sorted by authority then reference.
    public var programmes: [Programme]
    /// The plans; the reader gives them sorted by authority then reference, each with its statuses in day
    /// order.
    public var plans: [ProgrammePlan]

    public init(programmes: [Programme], plans: [ProgrammePlan]) {
        self.programmes = programmes
        self.plans = plans
    }
}
