import CareModel

/// Invented provider names, reference numbers and addresses for the synthetic market.
enum ProviderNames {
    static let regions = [
        "South West", "Severn", "Greater Manchester", "West Yorkshire", "North East",
        "West Midlands", "East Midlands", "Merseyside", "South Yorkshire", "Solent",
        "Kent and Sussex", "East Anglia", "Thames Valley", "Marches",
    ]
    static let trees = [
        "Rowan", "Willow", "Cedar", "Birch", "Maple", "Hazel", "Alder", "Holly", "Laurel",
        "Juniper", "Aspen", "Linden", "Elder", "Yew", "Hawthorn", "Bramble", "Heather",
        "Meadow", "Brook", "Orchard", "Hillside", "Fairview", "Highfield", "Longacre",
        "Stonecroft", "Redbrick", "Ashgrove", "Oakwood", "Beechwood", "Pinewood", "Larkspur",
        "Bluebell", "Foxglove", "Primrose", "Clover", "Sorrel", "Teasel", "Campion", "Yarrow",
        "Wren",
    ]
    static let buildings = [
        "House", "Lodge", "Cottage", "Court", "Grange", "View", "Barn", "Farm", "Mews",
        "Place", "Gardens", "Manor", "Hall", "Rise", "Close", "End",
    ]
    static let brands = [
        "Lantern", "Harbour", "Kindred", "Meadowbank", "Brightwater", "Waymark", "Tidewater",
        "Greenacre", "Fieldfare", "Wayfarer", "Skylark", "Heron", "Kestrel", "Cornflower",
        "Oakleaf", "Seedling", "Lighthouse", "Moorland", "Hilltop", "Keel", "Compassrose",
        "Northlight", "Stepwise", "Anchorage",
    ]
    static let operators = [
        "Beacon Care Ltd", "Horizon Young People's Services Ltd", "Keystone Care Group",
        "Northstar Homes Ltd", "Evergreen Childcare Ltd", "Pathway Residential Ltd",
        "Cornerstone Children's Homes", "Summit Care Partnership", "Riverbank Care Ltd",
        "Foundations Childcare Ltd", "Trinity Lane Homes Ltd", "Bright Futures Care Ltd",
    ]

    /// The `index`-th provider of `kind` in a region, with a name unique within the kind.
    static func make(
        _ kind: PlacementKind, index: Int, cluster: Int, urns: inout URNIssuer,
        random: inout SeededRandom
    ) -> Provider {
        precondition(
            ![.kinship, .inHouseFoster, .inHouseHome, .withParents].contains(kind),
            "the council's own services are made by OwnProvision")
        let areas = PostcodeArea.clusters[cluster]
        let postcode = PostcodeArea(home: areas[0], nearby: areas).postcode(.nearby, random: &random)
        let urn: String?
        switch kind {
        case .unregistered: urn = nil
        case .agencyFoster, .adoption: urn = urns.agency(random: &random)
        default: urn = urns.home(random: &random)
        }
        return Provider(
            urn: urn, name: name(kind, index: index, cluster: cluster, random: &random),
            registration: kind == .unregistered ? .unregistered : .ofsted,
            providerType: providerType(kind, random: &random), postcode: postcode)
    }

    static func name(_ kind: PlacementKind, index: Int, cluster: Int, random: inout SeededRandom) -> String {
        let region = regions[cluster % regions.count]
        let brand = brands[(index + cluster) % brands.count]
        switch kind {
        case .agencyFoster:
            return
                "\(brand) \(["Fostering", "Foster Care", "Family Placements", "Fostering Partnership"][index % 4]) (\(region))"
        case .externalHome:
            let tree = trees[index % trees.count], building = buildings[(index / trees.count) % buildings.count]
            return "\(tree) \(building), \(random.element(of: operators))"
        case .supported:
            return
                "\(brand) \(["Supported Living", "Housing Support", "Young People's Accommodation"][index % 3]) (\(region))"
        case .secure: return "\(trees[index * 3 % trees.count]) Secure Children's Home"
        case .unregistered: return "\(brand) Solo Support Ltd (\(region)) – unregistered"
        case .motherAndBaby: return "\(brand) Family Assessment Centre (\(region))"
        default: return "\(brand) Adoption Society (\(region))"
        }
    }

    /// Most bought-in homes are private (PR4), some voluntary (PR5); secure homes are run by councils.
    static func providerType(_ kind: PlacementKind, random: inout SeededRandom) -> PlacementProvider {
        switch kind {
        case .agencyFoster: random.chance(0.8) ? .pr4 : .pr5
        case .externalHome: random.chance(0.85) ? .pr4 : .pr5
        case .supported: random.chance(0.7) ? .pr4 : .pr5
        case .motherAndBaby: random.chance(0.6) ? .pr4 : .pr5
        case .secure: .pr2
        case .unregistered: .pr4
        default: .pr5
        }
    }
}
