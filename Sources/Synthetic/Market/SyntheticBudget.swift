import CareModel

/// The budget a council would have set for the latest return year, built the way finance teams build
/// it and under-provided the way the seeds describe.
///
/// Estimated numbers are the children on each line on 30 September before the year starts (the seed's
/// "Estimated Numbers Sept 23"), priced for the whole year at that day's average weekly cost on the line.
/// Every line gets a 4% price uplift for the coming year; residential and unregistered lines then get
/// less than that, as councils set budgets on the hope of fewer children's-home placements (Plymouth
/// 2024-25: £36.7m budgeted against £42.6m forecast).
enum SyntheticBudget {
    /// Share of the estimated cost that each line is given: under 1 is an under-provided line.
    /// The 4% uplift is folded in: 104 is the line priced at September numbers plus the uplift.
    static let provision: [String: (numerator: Int64, denominator: Int64)] = [
        "External Residential": (83, 100),
        "Unregistered": (57, 100),
        "External Fostering (IFA)": (108, 100),
        "External Supported Living": (106, 100),
    ]

    static func budgets(authority: AuthorityCode, costs: [PlacementCostRow], year: FinancialYear) -> [LineBudget] {
        let census = Day(year: year.startYear - 1, month: 9, day: 30)!
        var children: [String: Int] = [:]
        var weekly: [String: Money] = [:]
        for row in pricesInForce(costs, on: census) {
            children[row.budgetLine, default: 0] += 1
            weekly[row.budgetLine, default: .zero] += row.weeklyCost
        }
        return BudgetLineSet.standard.lines.map { line in
            let n = children[line.name] ?? 0
            let average = n == 0 ? Money.zero : Money(pence: weekly[line.name]!.pence / Int64(n))
            let full = Money.weekly(Money(pence: average.pence * Int64(n)), days: year.dayCount)
            let share = provision[line.name] ?? (104, 100)
            let budget = Money(pence: full.pence * share.numerator / share.denominator)
            return LineBudget(
                authority: authority, year: year, line: line.name, budgetedChildren: n,
                budget: roundedToThousandPounds(budget))
        }
    }

    /// For each placement open on `day`, its cost row in force that day.
    static func pricesInForce(_ costs: [PlacementCostRow], on day: Day) -> [PlacementCostRow] {
        var latest: [String: PlacementCostRow] = [:]
        for row in costs
        where row.placementStart <= day && (row.placementEnd.map { $0 > day } ?? true)
            && row.effectiveFrom <= day
        {
            let key = row.child + "|" + row.placementStart.iso
            if latest[key].map({ $0.effectiveFrom < row.effectiveFrom }) ?? true { latest[key] = row }
        }
        return latest.keys.sorted().map { latest[$0]! }
    }

    static func roundedToThousandPounds(_ money: Money) -> Money {
        Money(pence: (money.pence + 50_000) / 100_000 * 100_000)
    }
}
