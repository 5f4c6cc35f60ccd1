/// A child's stay in one home with the same carers: one or more consecutive episodes.
///
/// A new placement begins when a child starts care (RNE S), moves to new carers (P, B), or returns
/// after a gap. A change of legal status only (L) or a change of placement type with the same carers
/// (T, U) continues the placement — the carers, and so the cost, are the same.
public struct Placement: Hashable, Sendable, Codable {
    public var childID: String
    public var start: Day
    /// The end day (the next placement's start, or the day the child left care); `nil` while open.
    public var end: Day?
    /// PLACE and provider of the latest episode in the placement.
    public var place: PlacementType
    public var provider: PlacementProvider?
    public var urn: String?
    public var postcode: String?

    public init(
        childID: String, start: Day, end: Day?, place: PlacementType, provider: PlacementProvider?,
        urn: String?, postcode: String?
    ) {
        self.childID = childID
        self.start = start
        self.end = end
        self.place = place
        self.provider = provider
        self.urn = urn
        self.postcode = postcode
    }

    public var category: PlacementCategory {
        PlacementCategory(place: place, provider: provider, year: FinancialYear(containing: start))
    }

    /// The placements of a child, from their episodes in date order.
    public static func placements(from episodes: [Episode]) -> [Placement] {
        var result: [Placement] = []
        var previousEnd: Day? = nil
        for e in episodes {
            let continues =
                !result.isEmpty && previousEnd == e.start
                && [.l, .t, .u].contains(e.reasonNew)
            if continues {
                result[result.count - 1].end = e.end
                result[result.count - 1].place = e.place
                result[result.count - 1].provider = e.provider
                result[result.count - 1].urn = e.urn ?? result[result.count - 1].urn
                result[result.count - 1].postcode = e.placementPostcode ?? result[result.count - 1].postcode
            } else {
                result.append(
                    Placement(
                        childID: e.childID, start: e.start, end: e.end, place: e.place,
                        provider: e.provider, urn: e.urn, postcode: e.placementPostcode))
            }
            previousEnd = e.end
        }
        return result
    }
}
