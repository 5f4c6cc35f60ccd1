/// A children's home the council runs, or beds it has bought under a block contract: its beds, its
/// registration (or, not yet open, its planned opening and registration stage) and, for a block, the price
/// per bed paid whether or not the bed is filled.
///
/// Occupancy comes from the placements in the costs register that name the home as their `carer`.
public struct ChildrensHome: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A home the council runs itself.
        case council
        /// Beds in a provider's home bought for a term at a fixed weekly price each.
        case block

        public var label: String {
            switch self {
            case .council: "Council home"
            case .block: "Block contract"
            }
        }
    }

    public var authority: AuthorityCode
    /// The council's reference for the home or contract ("HOME-2"), distinct from foster households' ones.
    public var id: String
    public var name: String
    public var kind: Kind
    public var beds: Int
    /// Ofsted's unique reference number, once registered ("SC123456").
    public var urn: String?
    /// The day Ofsted registered the home; `nil` while it is not yet registered.
    public var registered: Day?
    /// For a home not yet open: the day it is planned to open, and where its registration has got to.
    public var plannedOpening: Day?
    public var registrationStage: String?
    /// Block contracts: the weekly price of each bed, and the contract's term.
    public var weeklyBedPrice: Money?
    public var contractStart: Day?
    public var contractEnd: Day?
    public var postcode: String?

    public init(
        authority: AuthorityCode, id: String, name: String, kind: Kind, beds: Int, urn: String? = nil,
        registered: Day? = nil, plannedOpening: Day? = nil, registrationStage: String? = nil,
        weeklyBedPrice: Money? = nil, contractStart: Day? = nil, contractEnd: Day? = nil, postcode: String? = nil
    ) {
        self.authority = authority
        self.id = id
        self.name = name
        self.kind = kind
        self.beds = beds
        self.urn = urn
        self.registered = registered
        self.plannedOpening = plannedOpening
        self.registrationStage = registrationStage
        self.weeklyBedPrice = weeklyBedPrice
        self.contractStart = contractStart
        self.contractEnd = contractEnd
        self.postcode = postcode
    }

    /// The first day the home's beds can be used: its registration, or its planned opening pushed back by
    /// `delay` days (the allowance for Ofsted registration running late), or the block contract's start.
    public func opens(allowingDelay delay: Int = 0) -> Day? {
        switch kind {
        case .block: return contractStart ?? registered ?? plannedOpening
        case .council: return registered ?? plannedOpening.map { $0.adding(days: delay) }
        }
    }

    /// Beds usable on `day`: open (see `opens`) and, for a block, within its contract.
    public func beds(on day: Day, allowingDelay delay: Int = 0) -> Int {
        guard let opens = opens(allowingDelay: delay), day >= opens else { return 0 }
        if let end = contractEnd, day > end { return 0 }
        return beds
    }
}
