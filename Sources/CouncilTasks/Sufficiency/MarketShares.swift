import CareModel
import Forecasting

/// How the placements open on a day split between the council's own homes and the market, and what the
/// market charges: the shares the sufficiency gap splits projected demand by, and the prices a shortfall
/// is paid at. Read from the costs register.
struct MarketShares: Sendable, Hashable {
    var kinship = 0.0, inHouse = 0.0, agency = 0.0
    var councilResidential = 0.0
    var agencyWeekly = Money.zero, externalResidentialWeekly = Money.zero

    /// `homeIDs`: the council's homes and block contracts, so a residential placement with one as its carer
    /// counts as the council's own bed whatever its category.
    init(costs: [PlacementCost], on day: Day, homeIDs: Set<String>) {
        let open = costs.filter { $0.placementStart <= day && ($0.placementEnd.map { day < $0 } ?? true) }
        let count = { (category: PlacementCategory) in open.count { $0.category == category } }
        let fostering = Double(count(.fosteringRelativeFriend) + count(.fosteringInHouse) + count(.fosteringAgency))
        if fostering > 0 {
            kinship = Double(count(.fosteringRelativeFriend)) / fostering
            inHouse = Double(count(.fosteringInHouse)) / fostering
            agency = Double(count(.fosteringAgency)) / fostering
        }
        let residential = open.filter { $0.category?.isResidentialHome ?? false }
        let own = residential.count { $0.category == .residentialInHouse || $0.carer.map(homeIDs.contains) == true }
        if !residential.isEmpty { councilResidential = Double(own) / Double(residential.count) }
        agencyWeekly = Self.average(open.filter { $0.category == .fosteringAgency }, on: day)
        externalResidentialWeekly = Self.average(
            residential.filter { $0.category == .residentialExternal && $0.carer.map(homeIDs.contains) != true },
            on: day)
    }

    /// The mean gross weekly price on `day` of the placements that have one, to the penny.
    static func average(_ costs: [PlacementCost], on day: Day) -> Money {
        let prices = costs.compactMap { $0.grossWeekly(on: day) }
        guard !prices.isEmpty else { return .zero }
        let total = prices.reduce(Int64(0)) { $0 + $1.pence }
        return Money(roundingPence: Double(total) / Double(prices.count))
    }
}

extension PlacementCategory {
    /// A children's home, the council's or another's (not secure, supported or other settings).
    var isResidentialHome: Bool { self == .residentialInHouse || self == .residentialExternal }
}
