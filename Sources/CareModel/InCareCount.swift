/// How many children one authority had in care on a day in one category and age band.
public struct InCareCount: Hashable, Sendable, Codable {
    public var date: Day
    public var authority: AuthorityCode
    public var category: PlacementCategory
    public var ageBand: AgeBand
    public var children: Int

    public init(date: Day, authority: AuthorityCode, category: PlacementCategory, ageBand: AgeBand, children: Int) {
        self.date = date
        self.authority = authority
        self.category = category
        self.ageBand = ageBand
        self.children = children
    }

    /// The order of every stock table: date, authority, then category and age band in their list order.
    public static func ordered(_ a: InCareCount, _ b: InCareCount) -> Bool {
        (a.date, a.authority, a.category, a.ageBand) < (b.date, b.authority, b.category, b.ageBand)
    }
}
