import CareModel

/// The forecast outturn for one authority's period: per budget line, in total, and per placement.
public struct BudgetForecast: Hashable, Sendable, Codable {
    public var period: Period
    /// In the budget line set's order, every line even if empty; a last "Unassigned" line only when
    /// some placement fitted no line's rule.
    public var lines: [LineForecast]
    /// Sums of the lines, named "Total"; its average weekly unit cost is the mean over all placements
    /// open at period end (a sum of averages would mean nothing).
    public var total: LineForecast
    /// Per placement detail, for drill-down, freezing and movements, sorted by child then start.
    public var placements: [PlacementForecast]

    public init(period: Period, lines: [LineForecast], total: LineForecast, placements: [PlacementForecast]) {
        self.period = period
        self.lines = lines
        self.total = total
        self.placements = placements
    }

    /// The line forecast with this name.
    public func line(named name: String) -> LineForecast? { lines.first { $0.line == name } }
}
