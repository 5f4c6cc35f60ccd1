import CareModel
import Foundation
import Testing

@testable import Forecasting

@Suite("Budget monitor: movement explained")
struct BudgetMovementTests {
    typealias F = BudgetFixture
    static let monitor = F.monitor(allowances: ["External Residential": .recentNetNew(months: 3)])
    static let movements = BudgetMonitor.movements(
        from: monitor.forecast(for: F.october),
        to: monitor.forecast(for: F.december))

    static func movement(_ line: String) -> ForecastMovement { movements.first { $0.line == line }! }
    static func children(_ c: ForecastMovement.Component) -> [String] { c.children.map(\.child) }

    @Test func componentsSumToTheChange() {
        #expect(Self.movements.count == 7)
        for m in Self.movements { #expect(m.explained == m.change, "\(m.line)") }
    }

    /// October → December, External Residential:
    /// A's package from 18 Nov: (44 + 90) days × £100 more a day = £13,400 cost change;
    /// D moved in from IFA: 42d×£800 + 90d×£800 = £105,600;
    /// demand allowance £0 in October (no starts or ends Aug–Oct) → £43,875 in December.
    @Test func externalResidential() {
        let m = Self.movement("External Residential")
        #expect(m.costChanges.amount.pence == 1_340_000 && Self.children(m.costChanges) == ["A"])
        #expect(m.movesIn.amount.pence == 10_560_000 && Self.children(m.movesIn) == ["D"])
        #expect(m.demandAllowanceChange.amount.pence == 4_387_500)
        #expect(m.newPlacements.amount == .zero && m.endedPlacements.amount == .zero && m.movesOut.amount == .zero)
        #expect(m.change.pence == 16_287_500)
    }

    /// IFA: D's fostering was forecast for the whole year in October, 365d×£130 = £47,450; it ended on
    /// 20 Nov with £30,290 spent → −£17,160, a move out. B's October uplift was already known: no change.
    @Test func movesOutOfFostering() {
        let m = Self.movement("External Fostering (IFA)")
        #expect(m.movesOut.amount.pence == -1_716_000 && Self.children(m.movesOut) == ["D"])
        #expect(m.costChanges.amount == .zero && m.costChanges.children.isEmpty)
        #expect(m.change.pence == -1_716_000)
    }

    /// In-house fostering: M went home on 10 Dec; 11 Dec–31 Mar = 111 days × £60 = £6,660 no longer committed.
    /// Other settings: K is new, 120 days at £100 a week priced as one run = £1,714.29.
    @Test func newAndEnded() {
        let inHouse = Self.movement("In-House Foster Care")
        #expect(inHouse.endedPlacements.amount.pence == -666_000 && Self.children(inHouse.endedPlacements) == ["M"])
        let other = Self.movement("Other Placement Settings")
        #expect(other.newPlacements.amount.pence == 171_429 && Self.children(other.newPlacements) == ["K"])
        #expect(Self.movement("Unregistered").change == .zero)
    }

    /// A placement the register moved to another line counts out of the old line and into the new, and a
    /// placement gone from the register counts as ended; the components still add up.
    @Test func registerCorrections() {
        var before = F.monitor().forecast(for: F.december)
        let after = before
        before.placements[0].line = "Unregistered"  // A, as if it had been on Unregistered last month
        before.placements.append(
            PlacementForecast(
                child: F.key("X"), placementStart: F.day("2024-04-01"), line: "Unregistered",
                actualToDate: Money(pounds: 5), committed: .zero, netWeeklyAtPeriodEnd: nil,
                grossWeeklyAtPeriodEnd: nil, openAtPeriodEnd: false, committedThrough: nil))
        before.lines = before.lines.map { line in
            var l = line
            let own = before.placements.filter { $0.line == line.line }
            l.forecast = own.reduce(.zero) { $0 + $1.forecast } + l.demandAllowance
            return l
        }
        let movements = BudgetMonitor.movements(from: before, to: after)
        for m in movements { #expect(m.explained == m.change, "\(m.line)") }
        let unregistered = movements.first { $0.line == "Unregistered" }!
        #expect(Self.children(unregistered.movesOut) == ["A"])
        #expect(Self.children(unregistered.endedPlacements) == ["X"])
    }
}

@Suite("Budget monitor: frozen forecasts")
struct BudgetFreezingTests {
    /// A closed month is stored as its encoded forecast; decoding gives back the same values, so the
    /// next month's variance compares with exactly what was reported.
    @Test func forecastRoundTripsThroughJSON() throws {
        let forecast = BudgetFixture.monitor(allowances: ["External Residential": .recentNetNew(months: 3)])
            .forecast(for: BudgetFixture.december)
        let data = try JSONEncoder().encode(forecast)
        #expect(try JSONDecoder().decode(BudgetForecast.self, from: data) == forecast)
        let allowance = DemandAllowance.recentNetNew(months: 6)
        #expect(try JSONDecoder().decode(DemandAllowance.self, from: JSONEncoder().encode(allowance)) == allowance)
    }
}
