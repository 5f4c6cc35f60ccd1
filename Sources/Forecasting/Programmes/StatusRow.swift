import CareModel

/// Plans and their anticipated saving by status.
public struct StatusRow: Sendable, Hashable, Codable {
    public var status: PlanStatus
    public var plans: Int
    public var anticipated: SavingHorizons

    public init(status: PlanStatus, plans: Int, anticipated: SavingHorizons) {
        self.status = status
        self.plans = plans
        self.anticipated = anticipated
    }

    /// One row per status that has plans, in the statuses' order.
    static func rows(_ savings: [PlanSaving]) -> [StatusRow] {
        PlanStatus.allCases.compactMap { status in
            let members = savings.filter { $0.status == status }
            guard !members.isEmpty else { return nil }
            return StatusRow(
                status: status, plans: members.count, anticipated: members.reduce(.zero) { $0 + $1.anticipated })
        }
    }
}
