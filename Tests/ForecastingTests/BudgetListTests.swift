import CareModel
import Testing

@testable import Forecasting

@Suite("Budget monitor: high-cost and unregistered lists, register check")
struct BudgetListTests {
    typealias F = BudgetFixture

    /// At December only J (£12,600) is at or over £10,000 a week; at £5,000 the list is J, I £8,400,
    /// G £6,300 gross (£4,200 net of health), D £5,600 — dearest first.
    @Test func highCostPlacements() {
        let monitor = F.monitor()
        let list = monitor.highCostPlacements(for: F.december)
        #expect(list.map(\.child.child) == ["J"])
        #expect(list.first?.providerName == "Hilltop Care" && list.first?.grossWeekly == Money(pounds: 12_600))
        #expect(list.first?.line == "External Residential")
        let wider = monitor.highCostPlacements(for: F.december, threshold: Money(pounds: 5_000))
        #expect(wider.map(\.child.child) == ["J", "I", "G", "D"])
        #expect(wider[2].netWeekly == Money(pounds: 4_200))
    }

    /// I has been in an unregistered home from 7 Oct to 31 Dec: 86 days, 12 whole weeks; in October,
    /// 7–31 Oct is 25 days, 3 whole weeks.
    @Test func unregisteredPlacements() {
        let monitor = F.monitor()
        let december = monitor.unregisteredPlacements(for: F.december)
        #expect(december.map(\.child.child) == ["I"])
        #expect(december.first?.weeksUnregistered == 12 && december.first?.line == "Unregistered")
        #expect(monitor.unregisteredPlacements(for: F.october).first?.weeksUnregistered == 3)
        #expect(monitor.unregisteredPlacements(for: Period(calendarMonth: "2024-09")!).isEmpty)
    }

    static func history(_ id: String, _ episodes: [(String, String?, ReasonNewEpisode, LegalStatus)]) -> ChildHistory {
        ChildHistory(
            authority: "990", child: Child(id: id, sex: .female, dateOfBirth: F.day("2012-01-01")),
            episodes: episodes.map {
                Episode(
                    childID: id, start: F.day($0.0), reasonNew: $0.2, legalStatus: $0.3, place: .u4,
                    provider: .pr1, end: $0.1.map(F.day))
            })
    }

    static func cost(_ id: String, _ start: String, _ end: String? = nil) -> PlacementCost {
        PlacementCost(
            child: F.key(id), placementStart: F.day(start), placementEnd: end.map(F.day),
            rates: [WeeklyRate(effectiveFrom: F.day(start), weekly: Money(pounds: 350))])
    }

    /// A matches. B's register says 1 Feb but the episode starts 3 Feb: both sides are listed.
    /// C is not in the return. N's register restarts at the change of legal status on 1 Jun: matched.
    /// P's uncosted placement ended before the year and its short break is respite: not listed.
    /// Q's cost ended before the year: not checked.
    @Test func registerExceptions() {
        let histories = [
            Self.history("A", [("2023-06-01", nil, .s, .c2)]),
            Self.history("B", [("2024-02-03", nil, .s, .c2)]),
            Self.history("N", [("2024-01-01", "2024-06-01", .s, .c1), ("2024-06-01", nil, .l, .c2)]),
            Self.history("P", [("2023-01-01", "2024-03-01", .s, .c2), ("2024-07-01", "2024-07-03", .s, .v3)]),
        ]
        let costs = [
            Self.cost("A", "2023-06-01"), Self.cost("B", "2024-02-01"), Self.cost("C", "2024-05-05"),
            Self.cost("N", "2024-06-01"), Self.cost("Q", "2023-02-01", "2023-05-01"),
        ]
        let found = RegisterCheck.exceptions(costs: costs, histories: histories, year: FinancialYear(2024))
        let rows = found.map { "\($0.child.child) \($0.placementStart.iso) \($0.problem.rawValue)" }
        #expect(
            rows == [
                "B 2024-02-01 cost-without-episode",
                "B 2024-02-03 placement-without-cost",
                "C 2024-05-05 child-not-in-return",
            ])
        #expect(found[0].message.contains("child B") && found[0].message.contains("1 February 2024"))
    }
}
