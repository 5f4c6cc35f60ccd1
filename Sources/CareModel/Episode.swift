/// One SSDA903 episode: an unbroken stretch with the same legal status and the same placement.
/// A new episode starts whenever either changes; RNE says why.
public struct Episode: Hashable, Sendable, Codable {
    public var childID: String
    /// DECOM: the day the episode started.
    public var start: Day
    public var reasonNew: ReasonNewEpisode
    public var legalStatus: LegalStatus
    public var categoryOfNeed: CategoryOfNeed?
    public var place: PlacementType
    public var provider: PlacementProvider?
    /// DEC: the day the episode ceased; `nil` while it is still open.
    public var end: Day?
    public var reasonEnded: ReasonEpisodeCeased?
    public var reasonPlaceChange: ReasonPlaceChange?
    /// HOME_POST: postcode of the home the child was taken from.
    public var homePostcode: String?
    /// PL_POST: postcode of the placement.
    public var placementPostcode: String?
    /// URN: the Ofsted unique reference number of the placement, `XXXXXXX` when none applies.
    public var urn: String?
    /// PL_DISTANCE: miles from the home the child was taken from (HOME_POST) to the placement (PL_POST), as
    /// the DfE derives it; `nil` when not given or unknown (the DfE writes 999.9 for unknown).
    public var placementDistance: Double?

    public init(
        childID: String, start: Day, reasonNew: ReasonNewEpisode, legalStatus: LegalStatus,
        categoryOfNeed: CategoryOfNeed? = nil, place: PlacementType, provider: PlacementProvider? = nil,
        end: Day? = nil, reasonEnded: ReasonEpisodeCeased? = nil, reasonPlaceChange: ReasonPlaceChange? = nil,
        homePostcode: String? = nil, placementPostcode: String? = nil, urn: String? = nil,
        placementDistance: Double? = nil
    ) {
        self.childID = childID
        self.start = start
        self.reasonNew = reasonNew
        self.legalStatus = legalStatus
        self.categoryOfNeed = categoryOfNeed
        self.place = place
        self.provider = provider
        self.end = end
        self.reasonEnded = reasonEnded
        self.reasonPlaceChange = reasonPlaceChange
        self.homePostcode = homePostcode
        self.placementPostcode = placementPostcode
        self.urn = urn
        self.placementDistance = placementDistance
    }

    /// Whether the child was looked after in this episode on `day`.
    ///
    /// The DEC day itself is not counted: on that day the child has left care or started the next
    /// episode, so a child is never counted twice and a stock on date D counts DECOM ≤ D < DEC.
    public func isOpen(on day: Day) -> Bool {
        start <= day && (end.map { day < $0 } ?? true)
    }

    /// The Hearth category of this episode's placement.
    public var category: PlacementCategory {
        PlacementCategory(place: place, provider: provider, year: FinancialYear(containing: start))
    }
}
