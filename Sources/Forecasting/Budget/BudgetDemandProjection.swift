import CareModel

/// The demand projection priced per budget line (issue 5, item 4): what the budget monitor's `projectedDemand`
/// allowance and next year's budget (`hearth project budget`) draw on.
///
/// The stock-and-flow (Markov) projection of the regional model runs from the stock on `start` with rates
/// observed over the reference window (default: from the start of the data to `start`, all that was known
/// then). Its children are priced as `DemandCostProjection` prices them. With a costs register, each cost
/// item's weekly cost is what the register pays per child of that kind on `start` (`RegisterSnapshot`), and
/// its projected cost is shared between budget lines as the register's cost of that kind is shared that day;
/// items the register says nothing about cost their default (`DemandCostItem.defaultWeeklyCost`) and go on
/// the line the rules give a registered placement of their kind. `weeklyCosts` overrides any item's price.
public struct BudgetDemandProjection: Sendable {
    /// The day projected from: the projection's days are the days after it.
    public let start: Day
    public let referenceStart: Day
    public let referenceEnd: Day
    public let lines: BudgetLineSet
    /// The register on `start`, when there is one.
    public let register: RegisterSnapshot?
    /// Which items' weekly costs came from the register (the others are defaults or overrides).
    public let fromRegister: Set<DemandCostItem>
    public let pricing: DemandCostProjection
    public let costs: DemandCosts
    let points: [ProjectionPoint]

    /// Projects from `start` through `last` (at least one day). `inflation` is the yearly price rise from `start`.
    public init(
        histories: [ChildHistory], register: [PlacementCost] = [], lines: BudgetLineSet = .standard,
        start: Day, through last: Day, referenceStart: Day? = nil, referenceEnd: Day? = nil,
        weeklyCosts overrides: [DemandCostItem: Money] = [:], inflation: Double = 0
    ) {
        let history = DemandHistory(histories: histories)
        let referenceStart = referenceStart ?? history.dataStart
        let referenceEnd = referenceEnd ?? min(start, history.dataEnd)
        let rates = TransitionRates.observed(in: history, referenceStart: referenceStart, referenceEnd: referenceEnd)
        points = MarkovProjection.project(
            stock: history.stock(on: start), rates: rates, start: start,
            days: max(1, start.days(to: last)))
        let snapshot =
            register.isEmpty ? nil : RegisterSnapshot(register: register, histories: histories, lines: lines, on: start)
        let prices = snapshot?.weeklyCosts ?? [:]
        fromRegister = Set(prices.keys).subtracting(overrides.keys)
        let proportions = DemandCostProportions.observed(
            in: histories, referenceStart: referenceStart, referenceEnd: referenceEnd)
        pricing = DemandCostProjection(
            weeklyCosts: prices.merging(overrides) { _, override in override },
            proportions: proportions, inflation: inflation)
        costs = pricing.costs(of: points, start: start)
        self.register = snapshot
        self.start = start
        self.referenceStart = referenceStart
        self.referenceEnd = referenceEnd
        self.lines = lines
    }

    /// Projected cost per budget line from `first` through `last` (projected days only), each rounded once.
    public func costByLine(from first: Day, through last: Day) -> [String: Money] {
        byLine(shares: register?.costShares) { costs.pence(of: $0, from: first, through: last) }
            .mapValues { Money(roundingPence: $0) }
    }

    /// Mean projected children per budget line over the days from `first` through `last`: each category's
    /// children shared between its items as stock-days were in the reference window, and each item's
    /// between lines as the register's placements of it are.
    public func childrenByLine(from first: Day, through last: Day) -> [String: Double] {
        let days = points.filter { first <= $0.date && $0.date <= last }
        guard !days.isEmpty else { return Dictionary(uniqueKeysWithValues: lines.lines.map { ($0.name, 0.0) }) }
        return byLine(shares: register?.placementShares) { item in
            days.reduce(0.0) { $0 + $1.mean(of: item.category) } / Double(days.count)
                * pricing.proportions.share(of: item)
        }
    }

    /// Each item's amount shared between lines (`shares`), or on its rule line when the register has none.
    private func byLine(shares: [DemandCostItem: [String: Double]]?, _ amount: (DemandCostItem) -> Double) -> [String:
        Double]
    {
        var total = Dictionary(uniqueKeysWithValues: lines.lines.map { ($0.name, 0.0) })
        for item in DemandCostItem.allCases {
            let value = amount(item)
            if let split = shares?[item], !split.isEmpty {
                for (line, share) in split { total[line, default: 0] += value * share }
            } else if let line = lines.line(for: item.placementCategory, registration: nil) {
                total[line.name, default: 0] += value
            }
        }
        return total
    }
}

extension BudgetDemandProjection {
    /// The projection for the budget monitor's period: from the period's last day to 31 March, with rates
    /// from the start of the data to that day and the register on it. `nil` when the period is March (no
    /// days are left to project).
    public init?(monitoring period: Period, histories: [ChildHistory], register: [PlacementCost], lines: BudgetLineSet)
    {
        guard period.last < period.year.last else { return nil }
        self.init(histories: histories, register: register, lines: lines, start: period.last, through: period.year.last)
    }

    /// Projected cost per line for the rest of the monitored year, what `BudgetMonitor(projectedCosts:)` takes.
    public var restOfYear: [String: Money] {
        costByLine(from: start.adding(days: 1), through: FinancialYear(containing: start).last)
    }
}
