import CareModel
import CouncilTasks
import Foundation
import Storage

/// "The market around you" as the homes page and its API show it: `LocalMarket` worked out from Ofsted's
/// register for the areas asked for, and the authority's placements on the page's day, as `hearth market`
/// works it out.
///
/// It is not kept while the data stands as the homes report is: the areas are typed by the person asking, so
/// keeping each answer would let the kept results grow without end. The reads are small (a few areas' and a
/// few URNs' providers; the returns and costs register come from the store's own cache).
struct HomesMarket: Sendable {
    var area: MarketArea
    /// When Ofsted's register was loaded; `nil` when it is not, and then there is nothing else to show.
    var loadedAt: Date?
    /// The market; `nil` when the register is not loaded. Without an area its tallies are empty and only its
    /// flags count.
    var market: LocalMarket?
    /// The children in the authority's returns: only they have a page to link to (a flag may come from the
    /// costs register alone).
    var childrenWithRecords: Set<ChildKey> = []

    static func load(authority: AuthorityCode, area: MarketArea, on day: Day, store: HearthStore) async throws
        -> HomesMarket
    {
        guard let loadedAt = try await store.market.ofstedProvidersImportedAt() else {
            return HomesMarket(area: area, loadedAt: nil, market: nil)
        }
        let histories = try await store.careRecords.histories(authorities: [authority])
        let costs = try await store.budget.costs(authority: authority)
        // No area: no names, and the register is not read for them.
        let local = try await store.market.ofstedProviders(localAuthorities: area.names)
        let urns = LocalMarket.placedURNs(costs: costs, histories: histories, on: day)
        let placed = try await store.market.ofstedProviders(urns: urns)
        let market = LocalMarket(
            area: area.area, neighbours: area.neighbours, providers: Self.once(local + placed), costs: costs,
            histories: histories, on: day)
        return HomesMarket(
            area: area, loadedAt: loadedAt, market: market, childrenWithRecords: Set(histories.map(\.key)))
    }

    /// Each provider once: a home in the area that a child is placed in comes back from both reads, and
    /// `LocalMarket` would count it twice.
    static func once(_ providers: [OfstedProvider]) -> [OfstedProvider] {
        var seen: Set<String> = []
        return providers.filter { seen.insert($0.urn.uppercased()).inserted }
    }

    /// The children flagged, each once (a child may be with two Inadequate providers on the day).
    var flaggedChildren: Int { Set(market?.flags.map(\.child) ?? []).count }
}
