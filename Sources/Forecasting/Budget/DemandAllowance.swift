import CareModel

/// How a budget line's forecast allows for placements not yet made by the end of the period.
public struct DemandAllowance: Hashable, Sendable, Codable {
    public enum Method: Hashable, Sendable, Codable {
        /// No allowance: the forecast is actual plus committed spend only.
        case none
        /// The line's net new placements per month over the last `months` months (ending with the
        /// period) continue each month to 31 March, at the line's average weekly cost.
        case recentNetNew(months: Int)
    }

    public var method: Method

    public init(method: Method) { self.method = method }

    /// No allowance, the default for a line with none configured.
    public static let none = DemandAllowance(method: .none)

    /// The allowance from the last `months` months' net new placements.
    public static func recentNetNew(months: Int) -> DemandAllowance { DemandAllowance(method: .recentNetNew(months: months)) }
}
