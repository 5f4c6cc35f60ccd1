import CareModel

extension DemandCosts {
    /// Expected cost of each cost item from `first` through `last`, in pence (unrounded): its part of
    /// its category's cost.
    public func pence(of item: DemandCostItem, from first: Day, through last: Day) -> Double {
        let states = DemandAgeBand.allCases.map { DemandState($0, item.category) }
        return pence(of: states, from: first, through: last) * (itemShares[item] ?? 0)
    }

    /// Expected cost per budget line from `first` through `last`, each line rounded once: every item goes
    /// on the line that takes its placements. Projected children have no provider registration, so they
    /// are taken as registered and nothing lands on an Unregistered line. Lines with nothing are included at £0.
    public func costByBudgetLine(_ lines: BudgetLineSet = .standard, from first: Day, through last: Day) -> [String:
        Money]
    {
        var pence = Dictionary(uniqueKeysWithValues: lines.lines.map { ($0.name, 0.0) })
        for item in DemandCostItem.allCases {
            guard let line = lines.line(for: item.placementCategory, registration: nil) else { continue }
            pence[line.name, default: 0] += self.pence(of: item, from: first, through: last)
        }
        return pence.mapValues { Money(roundingPence: $0) }
    }
}
