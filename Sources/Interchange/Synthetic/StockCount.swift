import CareModel

/// How many children an authority had in care in one category and age band on some day.
public struct StockCount: Sendable, Hashable {
    public var authority: AuthorityCode
    public var category: PlacementCategory
    public var ageBand: AgeBand
    public var children: Int

    public init(authority: AuthorityCode, category: PlacementCategory, ageBand: AgeBand, children: Int) {
        self.authority = authority
        self.category = category
        self.ageBand = ageBand
        self.children = children
    }
}
