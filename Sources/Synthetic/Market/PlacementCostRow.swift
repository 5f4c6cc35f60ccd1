import CareModel

/// The weekly cost of one placement from a given day until the next row for the same placement: one row
/// per price (the start price, each April's uplift, an additional support package added or stepped down).
public struct PlacementCostRow: Sendable, Hashable {
    /// CHILD ID, as in the returns.
    public var child: String
    /// The placement's first day as the returns show it (with the same carers since then).
    public var placementStart: Day
    /// The day the placement ended; `nil` while it continues after the last return.
    public var placementEnd: Day?
    /// PLACE of the episode in force on `effectiveFrom`.
    public var place: PlacementType
    public var providerType: PlacementProvider?
    /// One of `BudgetLineName.all`.
    public var budgetLine: String
    public var weeklyCost: Money
    public var effectiveFrom: Day
    /// The provider's Ofsted URN; `nil` when there is none (with parents, adoption, unregistered).
    public var urn: String?
    /// The council foster household ("FC-0012") or children's home or block contract ("HOME-2",
    /// "BLOCK-1") the child lives with, the same on every row of the placement; `nil` for other placements.
    public var carer: String?

    public init(
        child: String, placementStart: Day, placementEnd: Day?, place: PlacementType,
        providerType: PlacementProvider?, budgetLine: String, weeklyCost: Money, effectiveFrom: Day,
        urn: String?, carer: String? = nil
    ) {
        self.child = child
        self.placementStart = placementStart
        self.placementEnd = placementEnd
        self.place = place
        self.providerType = providerType
        self.budgetLine = budgetLine
        self.weeklyCost = weeklyCost
        self.effectiveFrom = effectiveFrom
        self.urn = urn
        self.carer = carer
    }
}
