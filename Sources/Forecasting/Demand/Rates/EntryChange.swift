import CareModel

/// A scenario's change to the number of children entering care from a day: edge of care or family help
/// keeping children out (a factor below 1), or more entries (above 1).
public struct EntryChange: Hashable, Sendable, Codable {
    public var from: Day
    /// Entries are multiplied by this from `from` (0.9: 10% fewer).
    public var factor: Double

    public init(from: Day, factor: Double) {
        self.from = from
        self.factor = factor
    }

    /// The daily entry multipliers of a projection from `start` over `days` (index k scales the step to
    /// `start + k + 1`, as the projections read them): the seasonal ones, or 1, times every change in force
    /// that day; `seasonal` itself (possibly `nil`) when there are no changes, so a projection without
    /// changes is exactly the one before.
    public static func multipliers(_ changes: [EntryChange], seasonal: [Double]?, start: Day, days: Int) -> [Double]? {
        guard !changes.isEmpty else { return seasonal }
        return (0..<max(0, days)).map { k in
            let day = start.adding(days: k + 1)
            let base = seasonal.map { $0[k] } ?? 1
            return changes.filter { $0.from <= day }.reduce(base) { $0 * $1.factor }
        }
    }
}
