import CareModel
import Testing

@testable import Forecasting

/// Foster households' places and void days, and children's homes' empty beds, from a hand-built register.
@Suite("Fostering and homes: occupancy")
struct SupplyOccupancyTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func placement(_ child: String, _ carer: String?, _ start: String, _ end: String? = nil) -> PlacementCost {
        PlacementCost(
            child: ChildKey(authority: "990", child: child), placementStart: day(start), placementEnd: end.map(day),
            rates: [], carer: carer)
    }

    /// FC-1: mainstream, 3 places; 1 on hold (illness) from 5 April 2024.
    /// FC-2: connected, 2 places; under review (LADO) from 8 April, so both places on hold.
    /// FC-3: mainstream, 1 place, approved 6 April.
    /// FC-4: specialist, 2 places, resigned 1 April 2024.
    static let households = [
        Household(
            authority: "990", id: "FC-1", kind: .mainstream, approved: day("2024-01-01"), places: 3,
            statuses: [
                HouseholdStatusChange(day: day("2024-04-05"), status: .onHold, reason: .illness, placesOnHold: 1)
            ]),
        Household(
            authority: "990", id: "FC-2", kind: .connected, approved: day("2024-01-01"), places: 2,
            statuses: [HouseholdStatusChange(day: day("2024-04-08"), status: .underReview, reason: .lado)]),
        Household(authority: "990", id: "FC-3", kind: .mainstream, approved: day("2024-04-06"), places: 1),
        Household(
            authority: "990", id: "FC-4", kind: .specialist, approved: day("2023-01-01"), places: 2,
            statuses: [HouseholdStatusChange(day: day("2024-04-01"), status: .resigned, reason: .retirement)]),
    ]

    /// HOME-1: a council home of 4 beds registered 11 April 2024.
    /// BLOCK-1: 3 beds at £700 a week from 1 April 2024 to 31 March 2025.
    /// BLOCK-2: 2 beds at £1,000 a week, the contract ending 10 April 2024.
    static let homes = [
        ChildrensHome(
            authority: "990", id: "HOME-1", name: "Oak House", kind: .council, beds: 4, registered: day("2024-04-11")),
        ChildrensHome(
            authority: "990", id: "BLOCK-1", name: "Provider beds", kind: .block, beds: 3,
            weeklyBedPrice: Money(pounds: 700), contractStart: day("2024-04-01"), contractEnd: day("2025-03-31")),
        ChildrensHome(
            authority: "990", id: "BLOCK-2", name: "Short block", kind: .block, beds: 2,
            weeklyBedPrice: Money(pounds: 1_000), contractStart: day("2023-04-01"), contractEnd: day("2024-04-10")),
    ]

    static let register = [
        placement("a1", "FC-1", "2024-03-01"),
        placement("b1", "FC-2", "2024-02-01", "2024-04-07"),  // left 7 April: not there that day
        placement("b2", "FC-2", "2024-04-09"),  // placed while FC-2 is under review
        placement("d1", "FC-4", "2024-03-01", "2024-04-03"),  // still there after FC-4 resigned
        placement("x1", "FC-99", "2024-01-01"),  // a carer in neither register
        placement("e1", nil, "2024-01-01"),  // an external placement: no carer
        placement("h1", "HOME-1", "2024-04-11"),
        placement("h2", "HOME-1", "2024-04-15", "2024-04-21"),  // there 15–20 April
        placement("k1", "BLOCK-1", "2024-03-01"),
    ]

    /// One row of the table below: a household on a day, and what its row should say.
    struct Expected: Sendable {
        var day: String, household: String, places: Int, placed: Int, onHold: Int, vacancies: Int, overfilled: Bool

        init(_ day: String, _ household: String, _ counts: [Int], overfilled: Bool) {
            self.day = day
            self.household = household
            self.overfilled = overfilled
            places = counts[0]
            placed = counts[1]
            onHold = counts[2]
            vacancies = counts[3]
        }
    }

    @Test(
        "places, children, holds and vacancies by household and day",
        arguments: [
            // Counts are [places, placed, on hold, vacancies].
            // 3 places, a1, nothing on hold: 3 − 1 − 0 = 2.
            Expected("2024-04-04", "FC-1", [3, 1, 0, 2], overfilled: false),
            // 1 on hold from that day: 3 − 1 − 1 = 1.
            Expected("2024-04-05", "FC-1", [3, 1, 1, 1], overfilled: false),
            // b1 there: 2 − 1 = 1.
            Expected("2024-04-06", "FC-2", [2, 1, 0, 1], overfilled: false),
            // b1 left that day, so not counted: 2 − 0 = 2.
            Expected("2024-04-07", "FC-2", [2, 0, 0, 2], overfilled: false),
            // Under review: both places on hold; b2 placed: max(0, 2 − 1 − 2) = 0, and 1 > 2 − 2 is overfilled.
            Expected("2024-04-10", "FC-2", [2, 1, 2, 0], overfilled: true),
            // Resigned 1 April with d1 still there: 0 places, 1 child: overfilled.
            Expected("2024-04-02", "FC-4", [0, 1, 0, 0], overfilled: true),
        ])
    func householdRow(expected: Expected) throws {
        let occupancy = HouseholdOccupancy(
            households: Self.households, register: Self.register, on: Self.day(expected.day), homes: Self.homes)
        let row = try #require(occupancy.rows.first { $0.household == expected.household })
        #expect(row.places == expected.places)
        #expect(row.placed == expected.placed)
        #expect(row.onHold == expected.onHold)
        #expect(row.vacancies == expected.vacancies)
        #expect(row.overfilled == expected.overfilled)
    }

    /// On 10 April: FC-1 (3 places, 1 child, 1 on hold, 1 vacancy), FC-2 (2, 1, 2, 0, overfilled), FC-3
    /// (1, 0, 0, 1); FC-4 has resigned and d1 left on 3 April, so it has no row.
    @Test func totalsByKind() {
        let occupancy = HouseholdOccupancy(
            households: Self.households, register: Self.register, on: Self.day("2024-04-10"), homes: Self.homes)
        #expect(occupancy.rows.map(\.household) == ["FC-1", "FC-2", "FC-3"])
        // Mainstream FC-1 + FC-3: places 3 + 1 = 4, placed 1, on hold 1, vacancies 1 + 1 = 2.
        let mainstream = occupancy.totals(of: .mainstream)
        #expect([mainstream.households, mainstream.places, mainstream.placed] == [2, 4, 1])
        #expect([mainstream.onHold, mainstream.vacancies, mainstream.overfilled] == [1, 2, 0])
        let connected = occupancy.totals(of: .connected)
        #expect([connected.households, connected.places, connected.placed, connected.onHold] == [1, 2, 1, 2])
        #expect([connected.vacancies, connected.overfilled] == [0, 1])
        #expect(occupancy.totals(of: .specialist) == HouseholdOccupancy.Totals())
        // All: 6 places, 2 placed, 3 on hold, 2 vacancies, 1 household overfilled.
        let total = occupancy.total
        #expect([total.households, total.places, total.placed, total.onHold, total.vacancies] == [3, 6, 2, 3, 2])
        #expect(total.overfilled == 1)
    }

    /// x1 names FC-99, in neither register; h1 names a home, which only counts as known when homes are given;
    /// e1 has no carer at all and is not flagged.
    @Test func unknownCarersAreListed() {
        let day = Self.day("2024-04-12")
        let withHomes = HouseholdOccupancy(
            households: Self.households, register: Self.register, on: day, homes: Self.homes)
        #expect(withHomes.unknownCarers.map(\.child.child) == ["x1"])
        let withoutHomes = HouseholdOccupancy(households: Self.households, register: Self.register, on: day)
        #expect(withoutHomes.unknownCarers.map(\.child.child) == ["x1", "h1", "k1"])
    }

    /// 1–10 April 2024 (10 days):
    /// FC-1: 3 places, a1 every day. 1–4 April 2 unused a day, none on hold: 4 × 2 = 8 not matched. 5–10
    /// April 2 unused, 1 on hold: 6 × 1 = 6 illness, 6 × 1 = 6 not matched. → 14 not matched, 6 illness.
    /// FC-2: 2 places. 1–6 April b1 there: 6 × 1 = 6 not matched; 7 April empty: 2 not matched; 8 April
    /// under review, empty: 2 LADO; 9–10 April b2 there, 1 unused of 2 on hold: 2 × 1 = 2 LADO (b2's place
    /// is on hold but in use, so not void). → 8 not matched, 4 LADO.
    /// FC-3: approved 6 April, 1 empty place for 6–10 April: 5 not matched.
    /// FC-4: resigned throughout, no places: no row.
    /// By reason: not matched 14 + 8 + 5 = 27, illness 6, LADO 4; total 37.
    @Test func voidDaysByReason() {
        let voids = VoidDays(
            households: Self.households, register: Self.register, from: Self.day("2024-04-01"),
            through: Self.day("2024-04-10"))
        #expect(voids.rows.map(\.household) == ["FC-1", "FC-2", "FC-3"])
        #expect(voids.rows[0].byReason == [.notMatched: 14, .onHold(.illness): 6])
        #expect(voids.rows[1].byReason == [.notMatched: 8, .underReview(.lado): 4])
        #expect(voids.rows[2].byReason == [.notMatched: 5])
        #expect(voids.byReason == [.notMatched: 27, .onHold(.illness): 6, .underReview(.lado): 4])
        #expect(voids.total == 37)
        #expect(voids.byReason.keys.sorted() == [.notMatched, .onHold(.illness), .underReview(.lado)])
    }

    /// A range with its last day before its first counts nothing.
    @Test func emptyRangeHasNoVoidDays() {
        let voids = VoidDays(
            households: Self.households, register: Self.register, from: Self.day("2024-04-10"),
            through: Self.day("2024-04-09"))
        #expect(voids.rows.isEmpty && voids.total == 0)
    }

    @Test(
        "beds, children and empty beds of each home on a day",
        arguments: [
            // Homes in reference order: BLOCK-1, BLOCK-2, HOME-1.
            // BLOCK-1 3 beds, k1: 3 − 1 = 2. BLOCK-2's contract ended 10 April: none. HOME-1 4 beds, h1 and h2: 2.
            ("2024-04-15", [3, 0, 4], [1, 0, 2], [2, 0, 2]),
            // BLOCK-2 2 beds, nobody: 2. HOME-1 not yet registered: no beds.
            ("2024-04-05", [3, 2, 0], [1, 0, 0], [2, 2, 0]),
        ])
    func homesOnADay(day: String, beds: [Int], placed: [Int], empty: [Int]) {
        let homes = HomeOccupancy.onDay(homes: Self.homes, register: Self.register, on: Self.day(day))
        #expect(homes.map(\.home) == ["BLOCK-1", "BLOCK-2", "HOME-1"])
        #expect(homes.map(\.beds) == beds)
        #expect(homes.map(\.placed) == placed)
        #expect(homes.map(\.emptyBeds) == empty)
        #expect(homes.allSatisfy { !$0.overfilled })
    }

    /// April 2024 (30 days):
    /// BLOCK-1: 3 beds × 30 = 90 bed-days, k1 every day: 60 empty; 60 × £700 ÷ 7 = 60 × £100 = £6,000.00.
    /// BLOCK-2: 2 beds for 1–10 April = 20 bed-days, all empty; 20 × £1,000 ÷ 7 = £2,857.142… → £2,857.14,
    /// rounded once (by the day it would be £142.86 × 20 = £2,857.20).
    /// HOME-1: 4 beds for 11–30 April = 80 bed-days; h1 20 days, h2 6 days (15–20 April): 80 − 26 = 54
    /// empty, no cost (a council home).
    @Test func emptyBedDaysAndCostInAMonth() {
        let month = HomeOccupancy.month(
            homes: Self.homes, register: Self.register, period: Period(calendarYear: 2024, month: 4))
        #expect(month.map(\.home) == ["BLOCK-1", "BLOCK-2", "HOME-1"])
        #expect(month.map(\.bedDays) == [90, 20, 80])
        #expect(month.map(\.emptyBedDays) == [60, 20, 54])
        #expect(month.map(\.emptyBedCost) == [Money(pounds: 6_000), Money(pence: 285_714), nil])
        #expect(month.allSatisfy { $0.first == Self.day("2024-04-01") && $0.last == Self.day("2024-04-30") })
    }

    /// The placed-by-day counts stop the day before a placement's end: h2 (15–21 April) is there 15–20.
    @Test func placedByDayLeavesOutTheEndDay() {
        let placed = PlacedByDay(register: Self.register, from: Self.day("2024-04-14"), through: Self.day("2024-04-22"))
        let key = PlacementCost.CarerKey(authority: "990", id: "HOME-1")
        // 14 April h1 only; 15–20 April h1 and h2; 21–22 April h1 only.
        #expect(placed.placed(with: key) == [1, 2, 2, 2, 2, 2, 2, 1, 1])
        #expect(placed.placed(with: key, on: Self.day("2024-05-01")) == 0)
        #expect(placed.placed(with: PlacementCost.CarerKey(authority: "991", id: "HOME-1")) == nil)
    }
}
