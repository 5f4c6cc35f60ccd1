import CareModel

/// How a category's children split between its cost items: p_{c,i}, summing to 1 within each category.
///
/// Observed from stock-days in the reference window (`observed(in:referenceStart:referenceEnd:)`), or
/// equal shares; a council may override any share (`overriding(_:)`), as the regional costs page allows.
public struct DemandCostProportions: Hashable, Sendable {
    /// Share of each item within its category.
    public private(set) var shares: [DemandCostItem: Double]

    /// Shares from weights per item (stock-days, or a council's figures), normalised within each
    /// category; a category whose weights are all zero or missing gets equal shares.
    public init(weights: [DemandCostItem: Double]) {
        var shares: [DemandCostItem: Double] = [:]
        for category in DemandCategory.inCare {
            let items = DemandCostItem.items(in: category)
            let total = items.reduce(0) { $0 + max(0, weights[$1] ?? 0) }
            for item in items {
                shares[item] = total > 0 ? max(0, weights[item] ?? 0) / total : 1 / Double(items.count)
            }
        }
        self.shares = shares
    }

    /// Equal shares within every category (the default when the window has no one in a category).
    public static let equal = DemandCostProportions(weights: [:])

    /// The share of `item` within its category.
    public func share(of item: DemandCostItem) -> Double { shares[item] ?? 0 }

    /// These shares with some replaced by a council's figures, then each category normalised to 1 again
    /// (the regional model normalises user proportions the same way).
    public func overriding(_ overrides: [DemandCostItem: Double]) -> DemandCostProportions {
        DemandCostProportions(weights: shares.merging(overrides) { _, new in new })
    }
}
