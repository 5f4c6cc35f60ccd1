import CareModel

/// The providers a region's councils buy placements from, shared by every authority in the region
/// (neighbouring councils use the same agencies and homes), plus helpers to pick one for a placement.
///
/// Built from the seed alone, not from the number of authorities, so an authority's data is the same
/// whether it is generated on its own or with others.
struct ProviderMarket: Sendable {
    struct Entry: Sendable {
        var provider: Provider
        /// Index of the postcode cluster the provider is in (see `PostcodeArea.clusters`).
        var cluster: Int
    }

    /// Providers by kind (indexed by `PlacementKind.rawValue`), in the order they were made.
    private(set) var byKind: [[Entry]] = Array(repeating: [], count: PlacementKind.allCases.count)
    /// The same, by kind and then by cluster, for picking a local provider quickly.
    private var local: [[[Provider]]] = Array(
        repeating: Array(repeating: [], count: PostcodeArea.clusters.count),
        count: PlacementKind.allCases.count)

    init(seed: UInt64) {
        var random = SeededRandom(seed: seed, stream: 0xB0_0000)
        var urns = URNIssuer()
        for cluster in PostcodeArea.clusters.indices {
            for (kind, count) in ProviderMarket.perCluster {
                for _ in 0..<count {
                    let index = byKind[kind.rawValue].count
                    let provider = ProviderNames.make(
                        kind, index: index, cluster: cluster, urns: &urns, random: &random)
                    byKind[kind.rawValue].append(Entry(provider: provider, cluster: cluster))
                    local[kind.rawValue][cluster].append(provider)
                }
            }
        }
    }

    /// How many providers of each bought-in kind every region of the country has.
    static let perCluster: [(PlacementKind, Int)] = [
        (.agencyFoster, 8), (.externalHome, 40), (.unregistered, 3), (.supported, 6), (.secure, 1),
        (.motherAndBaby, 1), (.adoption, 1),
    ]

    /// What tells providers apart: the URN, and the name for those without one.
    static func identity(_ provider: Provider) -> String { (provider.urn ?? "") + "|" + provider.name }

    /// A provider for a bought-in placement: from the authority's own region with probability `localShare`.
    func pick(_ kind: PlacementKind, cluster: Int, localShare: Double, random: inout SeededRandom) -> Provider {
        let nearby = local[kind.rawValue][cluster]
        if random.chance(localShare), !nearby.isEmpty { return random.element(of: nearby) }
        return random.element(of: byKind[kind.rawValue]).provider
    }
}
