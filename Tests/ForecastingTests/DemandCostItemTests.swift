import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: cost items and their proportions")
struct DemandCostItemTests {
    static let day = DemandSplittingTests.day

    static func episode(
        _ id: String, _ start: String, _ end: String?, _ place: PlacementType,
        _ provider: PlacementProvider?
    ) -> Episode {
        Episode(
            childID: id, start: day(start), reasonNew: .s, legalStatus: .c2, place: place,
            provider: provider, end: end.map(day))
    }

    static func child(_ id: String, _ episodes: [Episode]) -> ChildHistory {
        ChildHistory(
            authority: "990", child: Child(id: id, sex: .male, dateOfBirth: day("2010-01-01")), episodes: episodes)
    }

    @Test(
        "PLACE × PLACE_PROVIDER give the regional items, each in its PLACE's category",
        arguments: [
            (PlacementType.u2, nil, DemandCostItem.fosteringFriendRelative), (.u4, .pr1, .fosteringInHouse),
            (.u6, .pr3, .fosteringInHouse), (.u5, .pr4, .fosteringAgency), (.u4, .pr5, .fosteringAgency),
            (.k2, .pr1, .residentialInHouse), (.s1, .pr5, .residentialExternal), (.p3, .pr4, .residentialExternal),
            (.h5, .pr4, .supported), (.k3, nil, .supported), (.p2, .pr0, .supported), (.k1, .pr1, .secureHome),
            (.p1, .pr0, .placedWithFamily), (.z1, nil, .other), (.t4, .pr1, .other), (.a4, nil, .other),
        ] as [(PlacementType, PlacementProvider?, DemandCostItem)])
    func items(place: PlacementType, provider: PlacementProvider?, item: DemandCostItem) {
        #expect(DemandCostItem(place: place, provider: provider) == item)
        #expect(item.category == DemandCategory(place: place))
    }

    @Test(
        "foster and residential care with no named provider have no item",
        arguments: [
            (PlacementType.u4, nil), (.u6, .pr0), (.k2, nil), (.r1, .pr0),
        ] as [(PlacementType, PlacementProvider?)])
    func noItem(place: PlacementType, provider: PlacementProvider?) {
        #expect(DemandCostItem(place: place, provider: provider) == nil)
    }

    @Test("nine items, 3 + 2 + 1 + 3 by category")
    func itemsPerCategory() {
        #expect(DemandCostItem.allCases.count == 9)
        #expect(DemandCategory.allCases.map { DemandCostItem.items(in: $0).count } == [3, 2, 1, 3, 0])
    }

    /// Reference window 1–10 January 2024 (10 days, both ends counted; DECOM ≤ D < DEC):
    /// A U4/PR1 1 Dec → 5 Jan: 1–4 Jan = 4 days in-house; then K2/PR4 from 5 Jan, open: 5–10 Jan = 6 days external.
    /// B U5/PR4 3 → 9 Jan: 3–8 Jan = 6 days IFA.  C U1 9 Jan → 1 Feb: 9–10 Jan = 2 days friend/relative.
    /// D U6/PR0 1 → 10 Jan: no item, left out.  E K1 from 8 Jan: 8–10 Jan = 3 days secure.
    /// F U4/PR1 in February: outside the window.
    static let histories = [
        child("A", [episode("A", "2023-12-01", "2024-01-05", .u4, .pr1), episode("A", "2024-01-05", nil, .k2, .pr4)]),
        child("B", [episode("B", "2024-01-03", "2024-01-09", .u5, .pr4)]),
        child("C", [episode("C", "2024-01-09", "2024-02-01", .u1, nil)]),
        child("D", [episode("D", "2024-01-01", "2024-01-10", .u6, .pr0)]),
        child("E", [episode("E", "2024-01-08", nil, .k1, .pr1)]),
        child("F", [episode("F", "2024-02-01", nil, .u4, .pr1)]),
    ]

    @Test("proportions are stock-day shares within each category, equal where the window has nobody")
    func observed() {
        let p = DemandCostProportions.observed(
            in: Self.histories, referenceStart: Self.day("2024-01-01"),
            referenceEnd: Self.day("2024-01-10"))
        // Fostering 4 + 6 + 2 = 12 stock-days: in-house 4/12, IFA 6/12, friend/relative 2/12.
        let expected: [(DemandCostItem, Double)] = [
            (.fosteringInHouse, 1.0 / 3), (.fosteringAgency, 0.5), (.fosteringFriendRelative, 1.0 / 6),
            (.residentialExternal, 1), (.residentialInHouse, 0),  // 6 of 6 external
            (.supported, 1),  // nobody: equal shares of one item
            (.secureHome, 1), (.placedWithFamily, 0), (.other, 0),  // 3 of 3 secure
        ]
        for (item, share) in expected { #expect(abs(p.share(of: item) - share) < 1e-12, "\(item)") }
        // With no data at all every category splits equally: Other has three items, 1/3 each.
        #expect(abs(DemandCostProportions.equal.share(of: .placedWithFamily) - 1.0 / 3) < 1e-12)
    }

    @Test("overrides replace shares and each category is normalised to 1 again")
    func overrides() {
        let p = DemandCostProportions.observed(
            in: Self.histories, referenceStart: Self.day("2024-01-01"),
            referenceEnd: Self.day("2024-01-10")
        )
        .overriding([.fosteringFriendRelative: 0.5, .residentialInHouse: 1])
        // Fostering 0.5 + 1/3 + 1/2 = 4/3: friend 0.5 ÷ 4/3 = 0.375, in-house 1/3 ÷ 4/3 = 0.25, IFA 0.375.
        #expect(abs(p.share(of: .fosteringFriendRelative) - 0.375) < 1e-12)
        #expect(abs(p.share(of: .fosteringInHouse) - 0.25) < 1e-12)
        #expect(abs(p.share(of: .fosteringAgency) - 0.375) < 1e-12)
        // Residential 1 + 1 = 2: half each.
        #expect(abs(p.share(of: .residentialInHouse) - 0.5) < 1e-12)
        #expect(abs(p.share(of: .residentialExternal) - 0.5) < 1e-12)
    }
}
