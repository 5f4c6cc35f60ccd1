import CareModel

/// The council's block contract: three beds bought for three years, at a fixed weekly price each, from one
/// of the provider groups whose children's homes near the council it uses most, the term starting some
/// months before the last year of data. The placements team fills block beds first: each external
/// children's home placement with that group starting in the term moves onto the block while a bed is free.
/// The placements' prices in the costs register stay as they are.
struct BlockContract: Sendable {
    static let id = "BLOCK-1"
    static let beds = 3

    let profile: AuthorityProfile
    let window: ClosedRange<Day>

    /// The contract, with the placements it holds.
    func build(_ placements: [SupplyPlacement], providers: [Provider], random: inout SeededRandom)
        -> (home: ChildrensHome, carers: [PlacementKey: String])
    {
        let start = FinancialYear(containing: window.upperBound).first.adding(days: -random.int(in: 0...240))
        let byURN = Dictionary(providers.compactMap { p in p.urn.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let candidates = placements.filter { p in
            p.setting == .externalHome && p.start >= start && p.start <= window.upperBound
                && p.urn.flatMap { byURN[$0] }.map { isLocal($0) } == true
        }
        let chosen = BlockContract.busiestGroup(candidates, byURN: byURN) ?? BlockContract.fallbackGroup(profile)
        var spells = CareSpells()
        var carers: [PlacementKey: String] = [:]
        var postcode: String?
        for p in candidates where p.urn.flatMap({ byURN[$0] }).map(BlockContract.group) == chosen {
            guard spells.fits(p.spell, places: BlockContract.beds) else { continue }
            spells.add(p.spell)
            carers[p.key] = BlockContract.id
            if postcode == nil { postcode = p.urn.flatMap { byURN[$0] }?.postcode }
        }
        let home = ChildrensHome(
            authority: profile.code, id: BlockContract.id, name: "\(chosen) block contract", kind: .block,
            beds: BlockContract.beds, weeklyBedPrice: Money(pounds: Int64(random.int(in: 5_000...6_500))),
            contractStart: start, contractEnd: start.adding(months: 36).adding(days: -1),
            postcode: postcode ?? profile.postcodes.postcode(.nearby, random: &random))
        return (home, carers)
    }

    /// Whether a provider is in the authority's own area or a neighbouring one.
    func isLocal(_ provider: Provider) -> Bool {
        guard let postcode = provider.postcode else { return false }
        let area = SyntheticDistance.area(of: postcode)
        return area == profile.postcodes.home || profile.postcodes.nearby.contains(area)
    }

    /// The provider group running a home: what follows the last comma of its name ("Rowan House, Beacon Care
    /// Ltd" is Beacon Care Ltd's), or the name itself.
    static func group(_ provider: Provider) -> String {
        let parts = provider.name.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count > 1, let last = parts.last else { return provider.name }
        return String(last.drop { $0 == " " })
    }

    /// The group with most of `placements`, ties to the first by name.
    static func busiestGroup(_ placements: [SupplyPlacement], byURN: [String: Provider]) -> String? {
        var counts: [String: Int] = [:]
        for p in placements {
            if let provider = p.urn.flatMap({ byURN[$0] }) { counts[group(provider), default: 0] += 1 }
        }
        return counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
    }

    /// A group for an authority with no local external home placements in the term.
    static func fallbackGroup(_ profile: AuthorityProfile) -> String {
        ProviderNames.operators[profile.index % ProviderNames.operators.count]
    }
}
