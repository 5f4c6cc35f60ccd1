import CareModel

/// The real market around an authority, from Ofsted's register: the children's homes and their places in the
/// authority's own local authority area and its neighbours — by area, by sector and by the groups that own
/// them — and the children placed on a day with a provider whose latest overall grade is Inadequate.
///
/// Sufficiency duties ask how many beds there are near the council and who controls them; brokerage needs to
/// know, child by child, when Ofsted has found a provider Inadequate so the placement can be reviewed. Both come
/// from data passed in (no store is read), so the figures can be checked by hand.
public struct LocalMarket: Sendable, Hashable {
    /// Children's homes and their registered places under one heading: an area, a sector or an owner.
    public struct Tally: Sendable, Hashable {
        public var label: String
        public var homes: Int
        public var places: Int

        public init(label: String, homes: Int, places: Int) {
            self.label = label
            self.homes = homes
            self.places = places
        }
    }

    /// A child placed on the day with a provider Ofsted last judged Inadequate.
    public struct Flag: Sendable, Hashable {
        public var child: ChildKey
        public var urn: String
        /// Ofsted's name for the provider; else the name in the council's costs register; else
        /// `LocalMarket.nameWithheld` (Ofsted withholds every children's home's name, and a 903 episode has none).
        public var providerName: String
        public var grade: OfstedGrade
        /// The day of the inspection that gave the grade (a monitoring visit since leaves it standing).
        public var inspectionDate: Day?

        public init(child: ChildKey, urn: String, providerName: String, grade: OfstedGrade, inspectionDate: Day?) {
            self.child = child
            self.urn = urn
            self.providerName = providerName
            self.grade = grade
            self.inspectionDate = inspectionDate
        }
    }

    /// How many owners are listed: the largest groups are what sufficiency asks about; the rest are small.
    public static let ownersListed = 10
    public static let nameWithheld = "name withheld"
    /// The heading for homes whose sector Ofsted does not give.
    public static let sectorNotRecorded = "Not recorded"

    public var day: Day
    /// The authority's own area, then each neighbour in the order given (each once), with its homes.
    public var areas: [Tally]
    /// Every children's home in the area and its neighbours.
    public var total: Tally
    /// The same homes by sector as Ofsted writes it ("Private", "Local Authority", …), most places first.
    public var sectors: [Tally]
    /// The owners with most places among the same homes, at most `ownersListed`, most places first (then most
    /// homes, then by name); homes with no owner recorded are left out.
    public var owners: [Tally]
    /// The placements open on `day` whose provider's latest grade is Inadequate, by child then URN.
    public var flags: [Flag]

    /// Works the market out. `area` is the authority's local authority area as Ofsted names it ("Plymouth") and
    /// `neighbours` the areas around it, both matched without regard to case. `providers` are Ofsted's providers
    /// of those areas and of the placements' URNs (see `placedURNs`), which may be anywhere; others are ignored.
    /// `costs` is the authority's costs register and `histories` its SSDA903 histories.
    public init(
        area: String, neighbours: [String], providers: [OfstedProvider], costs: [PlacementCost],
        histories: [ChildHistory], on day: Day
    ) {
        let names = Self.distinctAreas([area] + neighbours)
        let keys = Set(names.map(\.key))
        // The area's providers and the placed children's come from two reads and may overlap: count each once.
        var seen: Set<String> = []
        let providers = providers.filter { seen.insert($0.urn.uppercased()).inserted }
        let homes = providers.filter { $0.isChildrensHome && keys.contains(Self.areaKey($0.localAuthority)) }
        self.day = day
        areas = names.map { name in
            Self.tally(homes.filter { Self.areaKey($0.localAuthority) == name.key }, name.label)
        }
        total = Self.tally(homes, "Total")
        sectors = Self.tallies(homes) { $0.sector ?? Self.sectorNotRecorded }
        owners = Array(Self.tallies(homes) { $0.owner }.prefix(Self.ownersListed))
        flags = Self.flags(Self.placements(costs: costs, histories: histories, on: day), providers: providers)
    }

    /// The URNs of the providers the authority's placements open on `day` are with — from the costs register's
    /// provider URN and the SSDA903 episode's URN — in capitals: what to look up in the market register for
    /// `providers`.
    public static func placedURNs(costs: [PlacementCost], histories: [ChildHistory], on day: Day) -> Set<String> {
        Set(placements(costs: costs, histories: histories, on: day).keys.map(\.urn))
    }
}

extension LocalMarket {
    /// A child placed with a provider, by the provider's URN.
    struct Placed: Hashable, Comparable {
        var child: ChildKey
        var urn: String

        static func < (a: Placed, b: Placed) -> Bool { (a.child, a.urn) < (b.child, b.urn) }
    }

    /// The placements open on `day`, each with the provider's name in the costs register ("" when it gives none).
    /// The register and the 903 usually agree on a child's URN; when they do not, both are checked.
    static func placements(costs: [PlacementCost], histories: [ChildHistory], on day: Day) -> [Placed: String] {
        var placed: [Placed: String] = [:]
        for cost in costs where cost.placementStart <= day && (cost.placementEnd.map({ day < $0 }) ?? true) {
            guard let urn = urnKey(cost.providerURN) else { continue }
            let key = Placed(child: cost.child, urn: urn)
            if placed[key, default: ""].isEmpty { placed[key] = cost.providerName ?? "" }
        }
        for history in histories {
            guard let urn = urnKey(history.episode(on: day)?.urn) else { continue }
            let key = Placed(child: history.key, urn: urn)
            if placed[key] == nil { placed[key] = "" }
        }
        return placed
    }

    /// The placements whose provider's latest grade is Inadequate, by child then URN.
    static func flags(_ placed: [Placed: String], providers: [OfstedProvider]) -> [Flag] {
        let byURN = Dictionary(providers.map { ($0.urn.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        return placed.keys.sorted().compactMap { key in
            guard let provider = byURN[key.urn], provider.overallGrade == .inadequate else { return nil }
            let registerName = placed[key].flatMap { $0.isEmpty ? nil : $0 }
            return Flag(
                child: key.child, urn: key.urn, providerName: provider.name ?? registerName ?? nameWithheld,
                grade: .inadequate, inspectionDate: provider.gradedOn ?? provider.inspectionDate)
        }
    }

    /// The homes' count and places under `label`; a home with no places recorded adds none.
    static func tally(_ homes: [OfstedProvider], _ label: String) -> Tally {
        Tally(label: label, homes: homes.count, places: homes.reduce(0) { $0 + ($1.places ?? 0) })
    }

    /// The homes grouped under `heading` (homes it gives none are left out): most places first, then most homes,
    /// then by heading.
    static func tallies(_ homes: [OfstedProvider], by heading: (OfstedProvider) -> String?) -> [Tally] {
        var groups: [String: [OfstedProvider]] = [:]
        for home in homes {
            if let label = heading(home) { groups[label, default: []].append(home) }
        }
        return groups.map { tally($0.value, $0.key) }
            .sorted { ($1.places, $1.homes, $0.label) < ($0.places, $0.homes, $1.label) }
    }

    /// The areas named, each once (the first spelling kept as its label), blank names left out.
    static func distinctAreas(_ names: [String]) -> [(key: String, label: String)] {
        var seen: Set<String> = []
        var areas: [(key: String, label: String)] = []
        for name in names {
            let key = areaKey(name)
            if !key.isEmpty, seen.insert(key).inserted { areas.append((key: key, label: name)) }
        }
        return areas
    }

    /// An area's name in lower case with its spaces tidied, so "plymouth " matches Ofsted's "Plymouth".
    static func areaKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A URN in capitals without spaces; `nil` when blank or SSDA903's XXXXXXX ("no URN applies").
    static func urnKey(_ urn: String?) -> String? {
        guard let urn = urn?.uppercased().filter({ !$0.isWhitespace }), !urn.isEmpty, urn != "XXXXXXX" else {
            return nil
        }
        return urn
    }
}
