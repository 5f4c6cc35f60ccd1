import CareModel

/// What the costs register pays on one day, per cost item of the demand model: the weekly cost per child,
/// and how the item's cost and placements are shared between budget lines. `BudgetDemandProjection` prices
/// projected children with it, so projected spend is at the council's prices and on the lines its
/// placements are paid from today (an unregistered children's home on Unregistered, say, or a placement whose
/// register row names its own line).
public struct RegisterSnapshot: Hashable, Sendable {
    public let day: Day
    /// Per child of each item: the net weekly costs of the item's priced placements open on the day ÷ the
    /// children in care in that kind of home that day by the SSDA903 histories (or the placements, when the
    /// register has more). A child the register holds no cost for counts at £0, as it does in committed
    /// spend, so today's children are priced at what they cost today. Items with neither a child nor a
    /// placement that day are absent.
    public let weeklyCosts: [DemandCostItem: Money]
    /// Each item's net weekly cost shared between lines (by placements when the item costs nothing); items
    /// with no priced placement are absent.
    public let costShares: [DemandCostItem: [String: Double]]
    /// Each item's priced placements shared between lines.
    public let placementShares: [DemandCostItem: [String: Double]]

    public init(register: [PlacementCost], histories: [ChildHistory] = [], lines: BudgetLineSet, on day: Day) {
        var pence: [DemandCostItem: [String: Int64]] = [:], placements: [DemandCostItem: [String: Int]] = [:]
        for cost in register where cost.placementStart <= day && (cost.placementEnd.map { $0 > day } ?? true) {
            guard let place = cost.place, let item = DemandCostItem(place: place, provider: cost.providerType),
                cost.grossWeekly(on: day, knownOn: day) != nil
            else { continue }
            let line = lines.line(for: cost)?.name ?? BudgetMonitor.unassigned
            pence[item, default: [:]][line, default: 0] += cost.netWeekly(on: day, knownOn: day).pence
            placements[item, default: [:]][line, default: 0] += 1
        }
        var children: [DemandCostItem: Int] = [:]
        for episode in histories.lazy.flatMap(\.episodes)
        where episode.start <= day && (episode.end.map { $0 > day } ?? true) {
            if let item = DemandCostItem(place: episode.place, provider: episode.provider) {
                children[item, default: 0] += 1
            }
        }
        var weekly: [DemandCostItem: Money] = [:]
        for item in Set(placements.keys).union(children.keys) {
            let total = pence[item]?.values.reduce(0, +) ?? 0, priced = placements[item]?.values.reduce(0, +) ?? 0
            weekly[item] = Money.rounded(total, over: Int64(max(priced, children[item] ?? 0)))
        }
        self.day = day
        weeklyCosts = weekly
        placementShares = placements.mapValues { Self.shares($0.mapValues(Double.init)) }
        costShares = pence.mapValues { byLine in
            byLine.values.contains { $0 != 0 } ? Self.shares(byLine.mapValues(Double.init)) : [:]
        }.merging(placementShares) { cost, count in cost.isEmpty ? count : cost }
    }

    /// Amounts as fractions of their total.
    private static func shares(_ amounts: [String: Double]) -> [String: Double] {
        let total = amounts.values.reduce(0, +)
        return total == 0 ? amounts : amounts.mapValues { $0 / total }
    }
}
