import CareModel

/// A programme's savings for one financial year: every plan's saving, the cohort table, totals by
/// status, the year month by month, and the budget's savings target against what is anticipated and
/// realised.
public struct ProgrammeSavings: Sendable, Hashable, Codable {
    public var programme: Programme
    public var asOf: Day
    public var year: FinancialYear
    public var plans: [PlanSaving]
    public var cohortRows: [CohortRow]
    public var statusRows: [StatusRow]
    public var months: [ProgrammeMonth]
    /// The budget's savings line for the year, if set.
    public var target: Money?
    /// In-year saving of the plans achieved or on track (the programme delivering as planned).
    public var anticipatedInYear: Money
    public var realisedInYear: Money
    public var slippageInYear: Money

    /// Works out `programme`'s savings on `asOf` from its plans' facts (plans of other programmes are
    /// ignored).
    public init(programme: Programme, facts: [PlanFacts], asOf: Day) {
        let mine = facts.filter { $0.plan.programme == programme.id && $0.plan.authority == programme.authority }
        let savings = mine.map { PlanSaving(facts: $0, asOf: asOf) }.sorted { $0.plan.id < $1.plan.id }
        let year = FinancialYear(containing: asOf)
        let delivering = savings.filter { $0.cohort == .achieved || $0.cohort == .onTrack }
        self.programme = programme
        self.asOf = asOf
        self.year = year
        plans = savings
        cohortRows = CohortRow.rows(savings)
        statusRows = StatusRow.rows(savings)
        months = Self.months(year: year, facts: mine, asOf: asOf)
        target = programme.savingsTarget(for: year)
        anticipatedInYear = delivering.reduce(.zero) { $0 + $1.anticipated.inYear }
        realisedInYear = savings.reduce(.zero) { $0 + $1.realisedInYear }
        slippageInYear = savings.filter { $0.cohort != .outOfScope }.reduce(.zero) { $0 + $1.slippage.inYear }
    }

    /// The year month by month: anticipated from achieved and on-track plans, realised from every move.
    static func months(year: FinancialYear, facts: [PlanFacts], asOf: Day) -> [ProgrammeMonth] {
        let windows = facts.map { SavingWindow(facts: $0, year: year) }
        return (1...12).compactMap { Period(year: year, number: $0) }.map { period in
            var anticipated = Money.zero
            var realised = Money.zero
            for window in windows {
                let cohort = window.facts.plan.status(on: asOf).cohort
                if cohort == .achieved || cohort == .onTrack {
                    anticipated = anticipated + window.anticipated(in: period, from: window.facts.plan.targetDate)
                }
                if let move = window.facts.move {
                    realised =
                        realised
                        + window.realised(
                            move: move, from: max(move.day, period.first), through: min(period.last, asOf))
                }
            }
            return ProgrammeMonth(period: period, anticipated: anticipated, realised: realised)
        }
    }
}
