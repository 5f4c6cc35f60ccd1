import CareModel

extension RecruitmentFunnel {
    /// The net change in foster households over the days `first` through `last` (both included): the
    /// funnel's approvals in the stretch (as known on the as-at day), IFA transfers apart, less the
    /// `households` that resigned in it, against `yearlyTarget` (net households a year) shared over the
    /// stretch by days.
    ///
    /// A resignation is a status change to resigned on a day in the stretch from any other status, so a
    /// resignation recorded twice counts once.
    public func netChange(households: [Household], from first: Day, through last: Day, yearlyTarget: Int? = nil)
        -> NetHouseholdChange
    {
        var approvals = 0, transfers = 0
        for prospect in prospects {
            guard let day = prospect.recorded[.approval], first <= day, day <= last else { continue }
            if prospect.isIFATransfer { transfers += 1 } else { approvals += 1 }
        }
        let resignations = households.filter { household in
            household.statuses.contains { change in
                change.status == .resigned && first <= change.day && change.day <= last
                    && household.status(on: change.day.adding(days: -1))?.status != .resigned
            }
        }.count
        return NetHouseholdChange(
            first: first, last: last, approvals: approvals, ifaTransferApprovals: transfers,
            resignations: resignations,
            target: yearlyTarget.map { Double($0) * Self.yearFraction(from: first, through: last) })
    }

    /// The days `first` through `last` as a fraction of a year: each day counts 1 ÷ (days in its
    /// financial year), so a whole financial year is exactly one whether or not it has a 29 February.
    static func yearFraction(from first: Day, through last: Day) -> Double {
        guard first <= last else { return 0 }
        var fraction = 0.0, year = FinancialYear(containing: first)
        while year.first <= last {
            let days = max(first, year.first).days(to: min(last, year.last)) + 1
            fraction += Double(days) / Double(year.dayCount)
            year = FinancialYear(year.startYear + 1)
        }
        return fraction
    }
}
