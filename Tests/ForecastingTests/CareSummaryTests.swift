import CareModel
import Testing

@testable import Forecasting

@Suite("Stock and flows")
struct CareSummaryTests {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func history(
        _ id: String, born: String, authority: String = "990",
        _ episodes: [(String, String?, PlacementType, PlacementProvider?, LegalStatus)]
    ) -> ChildHistory {
        let child = Child(id: id, sex: .male, dateOfBirth: day(born))
        let eps = episodes.enumerated().map { i, e in
            Episode(
                childID: id, start: day(e.0), reasonNew: i == 0 ? .s : .p, legalStatus: e.4, place: e.2,
                provider: e.3, end: e.1.map(day))
        }
        return ChildHistory(authority: authority, child: child, episodes: eps)
    }

    /// A: in IFA foster care on 31 March 2024 aged 3 (born 2020-06-01).
    /// B: moved from in-house foster to external residential on 31 March 2024 — counted in the new home, aged 15.
    /// C: left care on 31 March 2024 (DEC = that day) — not counted.
    /// D: short breaks only (V3) — never counted.
    /// E: another authority, supported accommodation, aged 17.
    static let histories = [
        history("A", born: "2020-06-01", [("2023-05-02", nil, .u4, .pr4, .c1)]),
        history(
            "B", born: "2009-01-15",
            [
                ("2023-01-10", "2024-03-31", .u4, .pr1, .c2),
                ("2024-03-31", nil, .k2, .pr4, .c2),
            ]),
        history("C", born: "2015-07-07", [("2023-11-01", "2024-03-31", .u1, .pr1, .v2)]),
        history("D", born: "2012-02-02", [("2024-03-01", nil, .u6, .pr1, .v3)]),
        history("E", born: "2006-08-08", authority: "991", [("2023-04-01", nil, .k3, .pr4, .v2)]),
    ]

    @Test func stockOnADay() {
        let stock = CareSummary.stock(of: Self.histories, on: Self.day("2024-03-31"))
        let rows = stock.map { "\($0.authority) \($0.category.rawValue) \($0.ageBand.rawValue) \($0.children)" }
        #expect(
            rows == [
                "990 fostering-ifa 1-4 1",
                "990 residential-external 10-15 1",
                "991 supported 16-plus 1",
            ])
    }

    @Test func stockTheDayBefore() {
        // On 30 March: A (IFA, 3), B still in in-house fostering (15), C relative/friend (8), E (17).
        let stock = CareSummary.stock(of: Self.histories, on: Self.day("2024-03-30"))
        #expect(stock.map(\.category) == [.fosteringRelativeFriend, .fosteringInHouse, .fosteringAgency, .supported])
        #expect(stock.map(\.children).reduce(0, +) == 4)
    }

    /// Entries by month: Jan 2023 B; Apr 2023 E; May 2023 A; Nov 2023 C; (D is a short break: not counted).
    /// Exits: Mar 2024 C only (B's end on 31 March is followed by a new episode the same day).
    @Test func monthlyFlows() {
        let flows = CareSummary.flows(of: Self.histories, from: Self.day("2023-01-15"), through: Self.day("2024-03-01"))
        #expect(flows.count == 15)  // January 2023 … March 2024
        #expect(flows.first?.month.iso == "2023-01-01")
        let entries = flows.filter { $0.entries > 0 }.map { "\($0.month.iso):\($0.entries)" }
        #expect(entries == ["2023-01-01:1", "2023-04-01:1", "2023-05-01:1", "2023-11-01:1"])
        let exits = flows.filter { $0.exits > 0 }.map { "\($0.month.iso):\($0.exits)" }
        #expect(exits == ["2024-03-01:1"])
    }

    /// The histories with A a girl, B UASC until 31 March 2024 (so not UASC on that day) and E UASC throughout.
    static var grouped: [ChildHistory] {
        var histories = Self.histories
        histories[0].child.sex = .female
        histories[1].child.uasc = UASCStatus(ceased: day("2024-03-31"))
        histories[4].child.uasc = UASCStatus()
        return histories
    }

    /// On 31 March 2024 A (girl, 1–4), B (boy, 10–15, UASC ceased that day) and E (boy, 16+, UASC) are in care.
    @Test(
        "a group counts only its children, with their age and UASC status that day",
        arguments: [
            (ChildGroup(), ["A", "B", "E"]),
            (ChildGroup(uasc: .uasc), ["E"]),
            (ChildGroup(uasc: .notUASC), ["A", "B"]),
            (ChildGroup(sex: .female), ["A"]),
            (ChildGroup(sex: .male, uasc: .notUASC), ["B"]),
            (ChildGroup(ageBand: .age16plus), ["E"]),
            (ChildGroup(sex: .female, ageBand: .age16plus), []),
        ])
    func stockOfAGroup(group: ChildGroup, children: [String]) {
        let day = Self.day("2024-03-31")
        let counted = Self.grouped.filter {
            $0.episode(on: day) != nil && !($0.episode(on: day)!.legalStatus.isShortBreak)
        }
        .filter { group.includes($0.child, on: day) }.map(\.child.id)
        #expect(counted == children)
        let stock = CareSummary.stock(of: Self.grouped, on: day, in: group)
        #expect(stock.reduce(0) { $0 + $1.children } == children.count)
    }

    /// B entered in January 2023 while UASC (its status ceased only in 2024); E entered in April 2023, UASC.
    /// C left in March 2024 and was never UASC.
    @Test func flowsOfAGroup() {
        let flows = CareSummary.flows(
            of: Self.grouped, from: Self.day("2023-01-01"), through: Self.day("2024-03-31"), in: ChildGroup(uasc: .uasc)
        )
        #expect(flows.filter { $0.entries > 0 }.map(\.month.iso) == ["2023-01-01", "2023-04-01"])
        #expect(flows.allSatisfy { $0.exits == 0 })
    }
}

@Suite("Distance from home")
struct DistanceFromHomeTests {
    /// On 31 March 2024: A 25 miles away (over 20), B 20.0 (not over), C unknown, D short breaks (not
    /// counted at all), E left the day before. → 3 in care, 2 known, 1 farther than 20 miles.
    @Test func countsOverTwentyMilesAmongKnown() {
        func history(_ id: String, _ miles: Double?, ls: LegalStatus = .c2, end: String? = nil) -> ChildHistory {
            let episode = Episode(
                childID: id, start: Day(iso: "2023-04-01")!, reasonNew: .s, legalStatus: ls, place: .u4,
                provider: .pr4, end: end.flatMap { Day(iso: $0) }, placementDistance: miles)
            return ChildHistory(
                authority: "990", child: Child(id: id, sex: .female, dateOfBirth: Day(iso: "2012-01-01")!),
                episodes: [episode])
        }
        let histories = [
            history("A", 25), history("B", 20), history("C", nil), history("D", 40, ls: .v3),
            history("E", 90, end: "2024-03-30"),
        ]
        let distance = CareSummary.distanceFromHome(of: histories, on: Day(iso: "2024-03-31")!)
        #expect(distance == DistanceFromHome(children: 3, known: 2, fartherThanThreshold: 1, threshold: 20))
    }
}
