import Testing

@testable import CareModel

@Suite("PLACE × PLACE_PROVIDER → category")
struct PlacementCategoryTests {
    /// The mapping table, written out by hand from reference/domain.md §1.2–1.3.
    @Test(arguments: [
        (PlacementType.u1, PlacementProvider?.some(.pr1), 2024, PlacementCategory.fosteringRelativeFriend),
        (.u2, .pr4, 2024, .fosteringRelativeFriend),
        (.u3, nil, 2024, .fosteringRelativeFriend),
        (.q1, .pr1, 2010, .fosteringRelativeFriend),
        (.u4, .pr1, 2024, .fosteringInHouse),
        (.u5, .pr2, 2024, .fosteringInHouse),
        (.u6, .pr3, 2024, .fosteringInHouse),
        (.u4, .pr4, 2024, .fosteringAgency),
        (.u6, .pr5, 2024, .fosteringAgency),
        (.u5, nil, 2024, .fosteringAgency),
        (.q2, .pr4, 2010, .fosteringAgency),
        (.k2, .pr1, 2024, .residentialInHouse),
        (.r1, .pr3, 2024, .residentialInHouse),
        (.k2, .pr4, 2024, .residentialExternal),
        (.s1, .pr5, 2024, .residentialExternal),
        (.k2, nil, 2024, .residentialExternal),
        (.k3, .pr4, 2024, .supported),
        (.h5, .pr4, 2020, .supported),
        (.p2, .pr5, 2020, .supported),
        (.h5, .pr4, 2025, .supported),  // retired code in a later year still maps (with a warning at import)
        (.k1, .pr1, 2024, .secure),
        (.p1, .pr0, 2024, .placedWithParents),
        (.a3, .pr1, 2024, .adoption),
        (.a6, .pr2, 2024, .adoption),
        (.r5, .pr3, 2024, .other),
        (.t0, nil, 2024, .other),
        (.z1, .pr4, 2023, .other),
        (.z12, nil, 2025, .other),
        (.p3, .pr4, 2024, .other),
        (.r2, .pr3, 2024, .other),
        (.r3, .pr4, 2024, .other),
    ])
    func mapping(place: PlacementType, provider: PlacementProvider?, year: Int, expected: PlacementCategory) {
        #expect(PlacementCategory(place: place, provider: provider, year: FinancialYear(year)) == expected)
    }

    @Test func everyCodeMapsInEveryYear() {
        for place in PlacementType.allCases {
            for provider in PlacementProvider.allCases {
                for year in [2015, 2023, 2024, 2025, 2026] {
                    _ = PlacementCategory(place: place, provider: provider, year: FinancialYear(year))
                }
            }
        }
    }

    @Test(arguments: [
        (PlacementCategory.fosteringAgency, PlacementGroup.fostering, true, true),
        (.fosteringInHouse, .fostering, true, false),
        (.residentialExternal, .residential, false, true),
        (.residentialInHouse, .residential, false, false),
        (.supported, .supported, false, true),
        (.adoption, .adoption, true, false),
        (.placedWithParents, .placedWithParents, true, false),
        (.secure, .secure, false, false),
    ])
    func groups(category: PlacementCategory, group: PlacementGroup, family: Bool, commissioned: Bool) {
        #expect(category.group == group)
        #expect(category.isFamilyBased == family)
        #expect(category.isCommissioned == commissioned)
    }

    /// Age on the day, in whole years → band. Born 15 June 2010.
    @Test(arguments: [
        ("2011-06-14", AgeBand.under1), ("2011-06-15", .age1to4), ("2015-06-14", .age1to4),
        ("2015-06-15", .age5to9), ("2020-06-15", .age10to15), ("2026-06-14", .age10to15),
        ("2026-06-15", .age16plus), ("2030-01-01", .age16plus),
    ])
    func ageBands(date: String, expected: AgeBand) {
        let born = Day(iso: "2010-06-15")!
        #expect(AgeBand(age: born.age(on: Day(iso: date)!)) == expected)
    }
}
