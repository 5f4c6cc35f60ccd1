import CareModel

/// The monthly budget monitor: the forecast outturn of each placement budget line from the costs register.
///
/// For period P of financial year Y, each line's forecast is
/// - **actual to date**: what each placement cost from 1 April (or its start) to the end of P, or to its
///   last paid day if it ended sooner;
/// - **committed**: for each placement open at the end of P, the days after P to the earliest of its
///   planned end (paid that day), 31 March, and the day before the child's 18th birthday (unless the
///   placement continues past 18), at the net weekly cost in force on P's last day;
/// - **demand allowance**: placements not yet made (see `DemandAllowance` and `demandAllowance`).
///
/// Days paid: a placement is paid from its start through its last paid day, both included. When the same
/// child has another register entry starting on this one's end day, the last paid day is the day before
/// (the new home is paid for the day of the move); otherwise (the child left care) it is the end day itself.
///
/// As-at: the forecast for P uses only what was known on P's last day. A placement is open at period end
/// when it started on or before that day and has no end, or ends after it; later entries, rates and
/// contributions are ignored. Pricing is in `PlacementCost+Pricing.swift`. Feed one authority at a time.
public struct BudgetMonitor: Sendable {
    let entries: [Entry]
    let lineNames: [String]
    let budgets: [LineBudget]
    let allowances: [String: DemandAllowance]
    /// Projected cost per line from the day after the period to 31 March, for `projectedDemand` allowances.
    let projectedCosts: [String: Money]
    let datesOfBirth: [ChildKey: Day]
    let lineSet: BudgetLineSet
    /// Moves on-track programme plans expect; empty unless the forecast includes planned moves.
    let plannedMoves: [PlannedMove]

    /// A register entry prepared once: its line and whether it ends with a move to another home.
    struct Entry: Sendable {
        var cost: PlacementCost
        var line: String
        var endsWithMove: Bool
    }

    /// `projectedCosts`: each line's projected cost to 31 March for `projectedDemand` allowances
    /// (`BudgetDemandProjection.costByLine`); lines not in it are projected to cost nothing.
    public init(
        costs: [PlacementCost], datesOfBirth: [ChildKey: Day], lines: BudgetLineSet,
        budgets: [LineBudget], allowances: [String: DemandAllowance] = [:], projectedCosts: [String: Money] = [:],
        plannedMoves: [PlannedMove] = []
    ) {
        var startsByChild: [ChildKey: Set<Day>] = [:]
        for cost in costs { startsByChild[cost.child, default: []].insert(cost.placementStart) }
        entries = costs.map { cost in
            let moves = cost.placementEnd.map { startsByChild[cost.child]?.contains($0) == true } ?? false
            return Entry(cost: cost, line: lines.line(for: cost)?.name ?? Self.unassigned, endsWithMove: moves)
        }
        lineNames = lines.lines.map(\.name)
        self.budgets = budgets
        self.allowances = allowances
        self.projectedCosts = projectedCosts
        self.datesOfBirth = datesOfBirth
        self.lineSet = lines
        self.plannedMoves = plannedMoves
    }

    /// The line name for placements that no budget line's rule accepts, so their spend is never lost.
    public static let unassigned = "Unassigned"

    /// The forecast outturn for one authority's period (the caller passes one authority's data).
    public func forecast(for period: Period) -> BudgetForecast {
        let placements = entries.compactMap { placementForecast($0, period: period) }
            .sorted { $0.key < $1.key }
        var names = lineNames
        let planned = plannedMoveChanges(placements, period: period)
        if !names.contains(Self.unassigned),
            placements.contains(where: { $0.line == Self.unassigned }) || planned[Self.unassigned] != nil
        {
            names.append(Self.unassigned)
        }
        let byLine = Dictionary(grouping: placements, by: \.line)
        let lines = names.map {
            lineForecast($0, placements: byLine[$0] ?? [], period: period, plannedMoves: planned[$0] ?? .zero)
        }
        let open = placements.compactMap { $0.openAtPeriodEnd ? $0.netWeeklyAtPeriodEnd : nil }
        let total = LineForecast(
            line: "Total", budgetedChildren: lines.reduce(0) { $0 + $1.budgetedChildren },
            budget: lines.reduce(.zero) { $0 + $1.budget },
            childrenAtPeriodEnd: lines.reduce(0) { $0 + $1.childrenAtPeriodEnd },
            actualToDate: lines.reduce(.zero) { $0 + $1.actualToDate },
            committed: lines.reduce(.zero) { $0 + $1.committed },
            demandAllowance: lines.reduce(.zero) { $0 + $1.demandAllowance },
            plannedMoves: lines.reduce(.zero) { $0 + $1.plannedMoves }, averageWeeklyUnitCost: Money.mean(open))
        return BudgetForecast(period: period, lines: lines, total: total, placements: placements)
    }

    /// One line's forecast from its placements' forecasts, its budget and its demand allowance.
    func lineForecast(_ name: String, placements: [PlacementForecast], period: Period, plannedMoves: Money)
        -> LineForecast
    {
        let budget = budgets.first { $0.line == name && $0.year == period.year }
        let open = placements.filter(\.openAtPeriodEnd)
        let average = Money.mean(open.compactMap(\.netWeeklyAtPeriodEnd))
        let committed = placements.reduce(Money.zero) { $0 + $1.committed }
        return LineForecast(
            line: name, budgetedChildren: budget?.budgetedChildren ?? 0, budget: budget?.budget ?? .zero,
            childrenAtPeriodEnd: Set(open.map(\.child)).count,
            actualToDate: placements.reduce(.zero) { $0 + $1.actualToDate },
            committed: committed,
            demandAllowance: demandAllowance(line: name, averageWeekly: average, period: period, committed: committed),
            plannedMoves: plannedMoves, averageWeeklyUnitCost: average)
    }
}
