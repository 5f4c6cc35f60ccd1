import CareModel

/// The council's own services: its fostering service (which also approves connected carers), its
/// children's homes and its regional adoption agency.
struct OwnProvision: Sendable {
    var fostering: Provider
    var homes: [Provider]
    var adoption: Provider

    /// Each authority's URNs come from its own block of numbers, so they never clash with another
    /// authority's or with the region's market.
    init(profile: AuthorityProfile, random: inout SeededRandom) {
        var urns = URNIssuer()
        let block = 100_000 + profile.index * 1_000
        let agencyBlock = 1_000_000 + profile.index * 1_000
        let home = profile.postcodes
        fostering = Provider(
            urn: urns.agency(agencyBlock...(agencyBlock + 999), random: &random),
            name: "\(profile.name) Council Fostering Service", registration: .ofsted,
            providerType: .pr1, postcode: home.postcode(.home, random: &random))
        adoption = Provider(
            urn: urns.agency(agencyBlock...(agencyBlock + 999), random: &random),
            name: "Adopt \(profile.name) and Partners", registration: .ofsted,
            providerType: .pr1, postcode: home.postcode(.home, random: &random))
        let count = 2 + Int(profile.scale * 2)
        homes = (0..<count).map { i in
            let tree = ProviderNames.trees[(profile.index * 7 + i * 11) % ProviderNames.trees.count]
            return Provider(
                urn: urns.home(block...(block + 999), random: &random),
                name: "\(tree) House (\(profile.name) Council)", registration: .ofsted,
                providerType: .pr1, postcode: home.postcode(.home, random: &random))
        }
    }

    /// Every service, in a fixed order.
    var all: [Provider] { [fostering, adoption] + homes }
}
