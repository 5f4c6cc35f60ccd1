import CareModel
import CouncilTasks
import Testing

/// The market around an authority, worked by hand from a small register: Plymouth with its neighbours, a
/// fostering agency and a secure home that are not children's homes, a home far away a child is placed in, and
/// placements from the costs register and the 903 on 1 March 2024.
@Suite("Local market")
struct LocalMarketTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static let onDay = day("2024-03-01")

    static func home(
        _ urn: String, _ area: String, _ sector: String?, _ places: Int?, _ owner: String?, _ grade: OfstedGrade?,
        type: String = "Children's home", name: String? = nil, gradedOn: String? = nil
    ) -> OfstedProvider {
        OfstedProvider(
            urn: urn, provisionType: type, name: name, localAuthority: area, sector: sector, places: places,
            owner: owner, inspectionDate: day("2024-02-20"), overallGrade: grade, gradedOn: gradedOn.map(day))
    }

    static let providers = [
        home("SC000001", "Plymouth", "Private", 4, "Acme Care Ltd", .good),
        // Judged Inadequate on 10 January, visited (not graded) on 20 February.
        home("SC000002", "Plymouth", "Private", 2, "Acme Care Ltd", .inadequate, gradedOn: "2024-01-10"),
        home("SC000003", "Plymouth", "Local Authority", 3, "Plymouth City Council", .outstanding),
        home("SC000004", "Devon", "Voluntary", 5, "Hope Trust", .requiresImprovement, type: "CHILDREN'S HOME"),
        home("SC000005", "Cornwall", "Private", 2, nil, nil),
        home("SC000009", "Torbay", nil, nil, "Bay Homes", .good),
        // Not children's homes: left out of the tallies, but a child placed with the agency is flagged.
        home(
            "1000006", "Plymouth", "Private", nil, "Moor Fostering Ltd", .inadequate,
            type: "Independent Fostering Agency", name: "Moor Fostering", gradedOn: "2023-12-05"),
        home("SC000007", "Devon", "Local Authority", 10, "Devon County Council", .good, type: "Secure children's home"),
        // Far away, in no area asked about: only there for a child placed in it.
        home("SC000008", "Manchester", "Private", 3, "Far Homes Ltd", .inadequate, gradedOn: "2023-09-14"),
    ]

    static func cost(_ child: String, _ urn: String, name: String? = nil, end: String? = nil) -> PlacementCost {
        PlacementCost(
            child: ChildKey(authority: "879", child: child), placementStart: day("2024-01-01"),
            placementEnd: end.map(day), providerURN: urn, providerName: name, rates: [])
    }

    static func history(_ child: String, _ urn: String, end: String? = nil) -> ChildHistory {
        ChildHistory(
            authority: "879", child: Child(id: child, sex: .female, dateOfBirth: day("2010-05-01")),
            episodes: [
                Episode(
                    childID: child, start: day("2023-06-01"), reasonNew: .s, legalStatus: .c2, place: .k2,
                    end: end.map(day), urn: urn)
            ])
    }

    static let costs = [
        cost("A", "sc000002", name: "Harbour View"),  // Ofsted withholds the name; the register's is used
        cost("B", "1000006", name: "Moor (register)"),  // Ofsted's name wins
        cost("C", "SC000002", end: "2024-03-01"),  // ended on the day: not open
        cost("D", "SC000001"),  // graded Good
    ]

    static let histories = [
        history("A", "SC000002"),  // the same placement as the register's: one flag
        history("E", "SC000008"),  // no name anywhere
        history("F", "XXXXXXX"),  // no URN applies
        history("G", "SC000008", end: "2024-02-01"),  // left before the day
    ]

    static let market = LocalMarket(
        area: "Plymouth", neighbours: ["Devon", "cornwall", "Torbay", "PLYMOUTH "], providers: providers,
        costs: costs, histories: histories, on: onDay)

    @Test("homes and places by area: the area first, each neighbour once, a home with no places adds none")
    func areas() {
        #expect(
            Self.market.areas == [
                .init(label: "Plymouth", homes: 3, places: 9),  // 4 + 2 + 3; the agency is not a home
                .init(label: "Devon", homes: 1, places: 5),  // the secure home is not counted
                .init(label: "cornwall", homes: 1, places: 2),
                .init(label: "Torbay", homes: 1, places: 0),
            ])
        #expect(Self.market.total == .init(label: "Total", homes: 6, places: 16))
    }

    @Test("by sector and by owner, most places first; homes with no owner are left out of the owners")
    func sectorsAndOwners() {
        #expect(
            Self.market.sectors == [
                .init(label: "Private", homes: 3, places: 8),  // 4 + 2 + 2
                .init(label: "Voluntary", homes: 1, places: 5),
                .init(label: "Local Authority", homes: 1, places: 3),
                .init(label: "Not recorded", homes: 1, places: 0),
            ])
        #expect(
            Self.market.owners == [
                .init(label: "Acme Care Ltd", homes: 2, places: 6),
                .init(label: "Hope Trust", homes: 1, places: 5),
                .init(label: "Plymouth City Council", homes: 1, places: 3),
                .init(label: "Bay Homes", homes: 1, places: 0),
            ])
    }

    @Test("placements open on the day with an Inadequate provider, by child, dated by the graded inspection")
    func flags() {
        let child = { (id: String) in ChildKey(authority: "879", child: id) }
        #expect(
            Self.market.flags == [
                .init(
                    child: child("A"), urn: "SC000002", providerName: "Harbour View", grade: .inadequate,
                    inspectionDate: Self.day("2024-01-10")),
                .init(
                    child: child("B"), urn: "1000006", providerName: "Moor Fostering", grade: .inadequate,
                    inspectionDate: Self.day("2023-12-05")),
                .init(
                    child: child("E"), urn: "SC000008", providerName: "name withheld", grade: .inadequate,
                    inspectionDate: Self.day("2023-09-14")),
            ])
        #expect(
            LocalMarket.placedURNs(costs: Self.costs, histories: Self.histories, on: Self.onDay)
                == ["SC000002", "1000006", "SC000001", "SC000008"])
    }

    @Test("at most ten owners, ties broken by homes and then by name")
    func topOwners() {
        // Owners 1 to 12 with 1 to 12 places in one home each, and three more with 13 places: "Y" in two homes.
        var homes = (1...12).map { (i: Int) in Self.home("SC1\(i)", "Plymouth", "Private", i, "Owner \(i)", .good) }
        homes += [
            Self.home("SC201", "Plymouth", "Private", 13, "Z", .good),
            Self.home("SC202", "Plymouth", "Private", 13, "X", .good),
            Self.home("SC203", "Plymouth", "Private", 6, "Y", .good),
            Self.home("SC204", "Plymouth", "Private", 7, "Y", .good),
        ]
        let market = LocalMarket(
            area: "Plymouth", neighbours: [], providers: homes, costs: [], histories: [], on: Self.onDay)
        let owners = market.owners.map { "\($0.label) \($0.homes)/\($0.places)" }
        #expect(
            owners == [
                "Y 2/13", "X 1/13", "Z 1/13", "Owner 12 1/12", "Owner 11 1/11", "Owner 10 1/10", "Owner 9 1/9",
                "Owner 8 1/8", "Owner 7 1/7", "Owner 6 1/6",
            ])
        #expect(market.flags.isEmpty)
    }

    /// A home read twice — in the area, and again as a placed child's provider — counts once: Plymouth's three
    /// homes (SC000001 4, SC000002 2, SC000003 3 places) stay 3 homes and 9 places with SC000001 given twice.
    @Test func aProviderGivenTwiceCountsOnce() {
        let market = LocalMarket(
            area: "Plymouth", neighbours: [], providers: Self.providers + [Self.providers[0]], costs: [],
            histories: [], on: Self.onDay)
        #expect(market.total.homes == 3 && market.total.places == 9)
    }
}
