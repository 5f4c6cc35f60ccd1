import CareModel

/// One line of a programme's cohort table, as the papers print it: "80 of the 221 children (36%) have
/// been discharged". The first line (`cohort == nil`) is the whole cohort.
public struct CohortRow: Sendable, Hashable, Codable {
    public var cohort: PlanCohort?
    public var children: Int
    /// Whole per cent of the cohort, rounded half up: 80 of 221 is 36.2%, printed 36%.
    public var sharePercent: Int
    public var anticipated: SavingHorizons
    public var realisedToDate: Money

    public init(
        cohort: PlanCohort?, children: Int, sharePercent: Int, anticipated: SavingHorizons, realisedToDate: Money
    ) {
        self.cohort = cohort
        self.children = children
        self.sharePercent = sharePercent
        self.anticipated = anticipated
        self.realisedToDate = realisedToDate
    }

    public var label: String { cohort?.label ?? "In cohort" }

    /// The rows for `savings`: the whole cohort, then one per cohort column (all four, even when empty).
    public static func rows(_ savings: [PlanSaving]) -> [CohortRow] {
        let total = savings.count
        func row(_ cohort: PlanCohort?, _ members: [PlanSaving]) -> CohortRow {
            CohortRow(
                cohort: cohort, children: members.count,
                sharePercent: total == 0 ? 0 : (members.count * 200 + total) / (2 * total),
                anticipated: members.reduce(.zero) { $0 + $1.anticipated },
                realisedToDate: members.reduce(.zero) { $0 + $1.realisedToDate })
        }
        return [row(nil, savings)]
            + PlanCohort.allCases.map { cohort in row(cohort, savings.filter { $0.cohort == cohort }) }
    }
}
