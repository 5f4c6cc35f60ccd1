import CareModel

/// Why a budget line's forecast moved from the previous period's frozen forecast to this period's.
///
/// The components sum exactly to `change`: every placement in either forecast is counted in exactly
/// one component of its line (a placement whose line changed counts out of the old line and into the new).
public struct ForecastMovement: Hashable, Sendable, Codable {
    /// One cause of movement, in pounds, with the children behind it.
    public struct Component: Hashable, Sendable, Codable {
        public var amount: Money
        /// The children (pseudonymous IDs) whose placements make up the amount, sorted, without repeats.
        public var children: [ChildKey]

        public init(amount: Money = .zero, children: [ChildKey] = []) {
            self.amount = amount
            self.children = children
        }
    }

    public var line: String
    public var previousForecast: Money
    public var forecast: Money
    /// Placements made since the previous forecast (not moves from another line).
    public var newPlacements = Component()
    /// Placements that ended since the previous forecast (not moves to another line).
    public var endedPlacements = Component()
    /// Continuing placements on the line: uplifts, packages added or stepped down, contributions.
    public var costChanges = Component()
    /// Children who moved onto this line from a placement on another line.
    public var movesIn = Component()
    /// Children who moved off this line to a placement on another line.
    public var movesOut = Component()
    public var demandAllowanceChange = Component()
    /// The change in programme plans' planned moves: a rise is slippage (moves later or no longer on track),
    /// a fall is delivery coming forward.
    public var plannedMovesChange = Component()

    public init(line: String, previousForecast: Money, forecast: Money) {
        self.line = line
        self.previousForecast = previousForecast
        self.forecast = forecast
    }

    /// forecast − previous forecast.
    public var change: Money { forecast - previousForecast }

    /// The components with the council's names for them, in the order the monitor explains them.
    public var components: [(name: String, component: Component)] {
        [
            ("New placements", newPlacements), ("Ended placements", endedPlacements),
            ("Cost changes", costChanges), ("Moves in from other lines", movesIn),
            ("Moves out to other lines", movesOut), ("Demand allowance change", demandAllowanceChange),
            ("Planned moves on programme plans (a rise is slippage)", plannedMovesChange),
        ]
    }

    /// The sum of the components, which equals `change`.
    public var explained: Money { components.reduce(.zero) { $0 + $1.component.amount } }
}
