import CareModel

/// The change in the number of council foster households over a stretch of days: households approved
/// (new carers and carers transferring from agencies, shown apart) less households resigning, set against
/// the council's yearly target for net growth.
public struct NetHouseholdChange: Hashable, Sendable {
    /// The first and last days counted, both included.
    public var first: Day
    public var last: Day
    /// Approvals of households that did not come from an independent fostering agency.
    public var approvals: Int
    /// Approvals of households that transferred from an independent fostering agency.
    public var ifaTransferApprovals: Int
    /// Households whose status changed to resigned within the stretch.
    public var resignations: Int
    /// The yearly target's share for the stretch: each day counts 1 ÷ (days in its financial year) of
    /// the target, so a whole financial year is the target itself. `nil` without a target.
    public var target: Double?

    public init(
        first: Day, last: Day, approvals: Int, ifaTransferApprovals: Int, resignations: Int, target: Double?
    ) {
        self.first = first
        self.last = last
        self.approvals = approvals
        self.ifaTransferApprovals = ifaTransferApprovals
        self.resignations = resignations
        self.target = target
    }

    /// approvals + IFA-transfer approvals − resignations.
    public var net: Int { approvals + ifaTransferApprovals - resignations }

    /// How far the net change falls short of the target (negative when ahead of it); `nil` without a target.
    public var shortfall: Double? { target.map { $0 - Double(net) } }
}
