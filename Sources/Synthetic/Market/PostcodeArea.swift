/// Where an authority is, as UK postcode areas: its own, its neighbours', and the rest of the country.
///
/// Postcodes are made up in the shape of real ones ("PL6 5AB"): a real area, a district number and an
/// inward code. They place homes near or far from the authority; they are not real addresses.
struct PostcodeArea: Sendable {
    /// The authority's own area (children's home addresses, most foster carers).
    var home: String
    /// Neighbouring areas in the same region.
    var nearby: [String]

    /// Clusters of neighbouring areas, one per region of England; authorities take them in turn.
    static let clusters: [[String]] = [
        ["PL", "TQ", "EX", "TR"], ["BS", "BA", "GL", "TA"], ["M", "OL", "SK", "BL", "WN"],
        ["LS", "BD", "HX", "WF", "HD"], ["NE", "SR", "DH", "TS"], ["B", "WS", "WV", "DY", "CV"],
        ["NG", "DE", "LE", "LN"], ["L", "CH", "WA", "PR"], ["S", "DN", "HU", "YO"],
        ["SO", "PO", "BH", "SP"], ["ME", "CT", "TN", "BN"], ["NR", "IP", "CB", "CO"],
        ["OX", "RG", "MK", "HP"], ["ST", "TF", "SY", "HR", "WR"],
    ]

    static func cluster(_ index: Int) -> PostcodeArea {
        let areas = clusters[index % clusters.count]
        let home = areas[(index / clusters.count) % areas.count]
        return PostcodeArea(home: home, nearby: areas.filter { $0 != home })
    }

    /// Letters used in the inward part of real postcodes (C, I, K, M, O and V are never used there).
    private static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ")

    /// A postcode: in the home area, a neighbouring area, or anywhere in England.
    func postcode(_ distance: Distance, random: inout SeededRandom) -> String {
        let area: String
        switch distance {
        case .home: area = home
        case .nearby: area = random.element(of: nearby)
        case .far:
            let others = PostcodeArea.clusters.filter { !$0.contains(home) }
            area = random.element(of: random.element(of: others))
        }
        let district = random.int(in: 1...(area.count == 1 ? 40 : 28))
        let sector = random.int(in: 1...9)
        let a = random.element(of: PostcodeArea.inwardLetters), b = random.element(of: PostcodeArea.inwardLetters)
        return "\(area)\(district) \(sector)\(a)\(b)"
    }

    /// A postcode near the authority most of the time and further away otherwise.
    func postcode(farShare: Double, random: inout SeededRandom) -> String {
        let u = random.unit()
        if u < farShare { return postcode(.far, random: &random) }
        return postcode(u < farShare + (1 - farShare) * 0.35 ? .nearby : .home, random: &random)
    }

    enum Distance { case home, nearby, far }
}
