import CareModel

extension BudgetMonitor {
    /// Each line's movement from the previous period's frozen forecast to the current one.
    ///
    /// Placements are matched by child and start day. A placement only in the current forecast is new;
    /// one open at the previous period's end but no longer (or gone from the register) has ended; a
    /// child with both an ended and a new placement on different lines has moved, counted out of the old
    /// line and into the new. Any other difference on a matched placement is a cost change. Lines are in
    /// the current forecast's order, then any line only the previous forecast had.
    public static func movements(from previous: BudgetForecast, to current: BudgetForecast) -> [ForecastMovement] {
        let before = Dictionary(previous.placements.map { ($0.key, $0) }, uniquingKeysWith: PlacementForecast.merged)
        let after = Dictionary(current.placements.map { ($0.key, $0) }, uniquingKeysWith: PlacementForecast.merged)
        var tally = MovementTally(previous: previous, current: current)
        let ended = before.values.filter { p in
            after[p.key].map { p.openAtPeriodEnd && !$0.openAtPeriodEnd && p.line == $0.line } ?? true
        }
        let endedKeys = Set(ended.map(\.key))
        let started = after.values.filter { before[$0.key] == nil }
        let endedLines = Dictionary(grouping: ended, by: \.child).mapValues { Set($0.map(\.line)) }
        let startedLines = Dictionary(grouping: started, by: \.child).mapValues { Set($0.map(\.line)) }
        for p in ended {
            let moved = startedLines[p.child]?.contains { $0 != p.line } == true
            tally.add(
                p.child, (after[p.key]?.forecast ?? .zero) - p.forecast, line: p.line,
                to: moved ? \.movesOut : \.endedPlacements)
        }
        for p in started {
            let moved = endedLines[p.child]?.contains { $0 != p.line } == true
            tally.add(p.child, p.forecast, line: p.line, to: moved ? \.movesIn : \.newPlacements)
        }
        for p in after.values {
            guard let old = before[p.key], !endedKeys.contains(p.key) else { continue }
            tally.continuing(old, p)
        }
        return tally.finished()
    }
}

/// Collects each line's movement components while placements are classified.
struct MovementTally {
    var movements: [String: ForecastMovement] = [:]
    var order: [String] = []

    init(previous: BudgetForecast, current: BudgetForecast) {
        let was = Dictionary(previous.lines.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(current.lines.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        order = current.lines.map(\.line) + previous.lines.map(\.line).filter { now[$0] == nil }
        for name in order {
            var m = ForecastMovement(
                line: name, previousForecast: was[name]?.forecast ?? .zero,
                forecast: now[name]?.forecast ?? .zero)
            let allowance = (now[name]?.demandAllowance ?? .zero) - (was[name]?.demandAllowance ?? .zero)
            m.demandAllowanceChange = ForecastMovement.Component(amount: allowance)
            let planned = (now[name]?.plannedMoves ?? .zero) - (was[name]?.plannedMoves ?? .zero)
            m.plannedMovesChange = ForecastMovement.Component(amount: planned)
            movements[name] = m
        }
    }

    mutating func add(
        _ child: ChildKey, _ amount: Money, line: String,
        to component: WritableKeyPath<ForecastMovement, ForecastMovement.Component>
    ) {
        if movements[line] == nil {  // a placement on a line neither forecast listed
            movements[line] = ForecastMovement(line: line, previousForecast: .zero, forecast: .zero)
            order.append(line)
        }
        movements[line]![keyPath: component].amount = movements[line]![keyPath: component].amount + amount
        movements[line]![keyPath: component].children.append(child)
    }

    /// A placement in both forecasts that has not ended: a cost change on its line, or, when the register
    /// moved it to another line, a move out of the old line and into the new.
    mutating func continuing(_ old: PlacementForecast, _ new: PlacementForecast) {
        if old.line != new.line {
            add(old.child, .zero - old.forecast, line: old.line, to: \.movesOut)
            add(new.child, new.forecast, line: new.line, to: \.movesIn)
        } else if old.forecast != new.forecast {
            add(new.child, new.forecast - old.forecast, line: new.line, to: \.costChanges)
        }
    }

    func finished() -> [ForecastMovement] {
        order.compactMap { name in
            guard var m = movements[name] else { return nil }
            for path in [\ForecastMovement.newPlacements, \.endedPlacements, \.costChanges, \.movesIn, \.movesOut] {
                m[keyPath: path].children = Array(Set(m[keyPath: path].children)).sorted()
            }
            return m
        }
    }
}

extension PlacementForecast {
    /// Two register entries for the same child and start (a duplicate in the register) counted as one,
    /// so that their spend is still explained.
    static func merged(_ a: PlacementForecast, _ b: PlacementForecast) -> PlacementForecast {
        var m = a
        m.actualToDate = a.actualToDate + b.actualToDate
        m.committed = a.committed + b.committed
        return m
    }
}
