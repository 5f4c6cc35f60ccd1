import CareModel
import Testing

@testable import Forecasting

@Suite("Budget monitor: allowance from projected demand, and next year's budget")
struct BudgetProjectedDemandTests {
    typealias F = BudgetFixture
    static let day = F.day

    /// December's committed spend by line (`BudgetMonitorTests.december`): External Residential £368,700,
    /// Unregistered £108,000, IFA £9,900, connected carers £2,065, supported £17,000, other £1,285.72.
    /// Projected: External Residential £500,000, Unregistered £100,000, IFA £5,000, supported £20,000,
    /// other £2,000, nothing for the rest.
    @Test("allowance = the line's projected cost to 31 March less its committed spend, floored at 0")
    func allowanceByHand() {
        let lines = BudgetLineSet.standard.lines.map(\.name)
        let monitor = BudgetMonitor(
            costs: F.costs, datesOfBirth: F.datesOfBirth, lines: .standard, budgets: F.budgets,
            allowances: Dictionary(uniqueKeysWithValues: lines.map { ($0, DemandAllowance.projectedDemand) }),
            projectedCosts: [
                "External Residential": Money(pounds: 500_000), "Unregistered": Money(pounds: 100_000),
                "External Fostering (IFA)": Money(pounds: 5_000), "External Supported Living": Money(pounds: 20_000),
                "Other Placement Settings": Money(pounds: 2_000),
            ])
        let forecast = monitor.forecast(for: F.december)
        // External Residential 500,000 − 368,700 = £131,300. Unregistered 100,000 − 108,000 < 0 → £0.
        // IFA 5,000 − 9,900 < 0 → £0. Connected carers 0 − 2,065 → £0. Supported 20,000 − 17,000 = £3,000.
        // Other 2,000 − 1,285.72 = £714.28. Total £135,014.28.
        let expected: [String: Int64] = [
            "External Residential": 13_130_000, "Unregistered": 0, "External Fostering (IFA)": 0,
            "In-House Foster Care": 0, "In-House Connected Carers": 0,
            "External Supported Living": 300_000, "Other Placement Settings": 71_428,
        ]
        for line in forecast.lines {
            #expect(line.demandAllowance.pence == expected[line.line], "\(line.line)")
            #expect(line.forecast == line.actualToDate + line.committed + line.demandAllowance)
        }
        #expect(forecast.total.demandAllowance.pence == 13_501_428)
        // Without projectedDemand nothing changes: the fixture's monitor has no allowance.
        #expect(F.monitor().forecast(for: F.december).total.demandAllowance == .zero)
    }

    /// Four children born 1 June 2012 (aged 10–12 throughout, so nobody changes age band): R1, R2 in external
    /// children's homes (K2, PR4) and I1 with an agency foster carer (U4, PR4) since 1 May 2023; R3 in an
    /// external home since 1 June 2024. Nobody has left. The register prices the homes at £7,000 a week
    /// (£1,000 a day) and the foster home at £700 (£100 a day).
    static let histories: [ChildHistory] = [
        ("R1", "2023-05-01", PlacementType.k2), ("R2", "2023-05-01", .k2),
        ("I1", "2023-05-01", .u4), ("R3", "2024-06-01", .k2),
    ].map { id, start, place in
        ChildHistory(
            authority: "990", child: Child(id: id, sex: .male, dateOfBirth: day("2012-06-01")),
            episodes: [
                Episode(childID: id, start: day(start), reasonNew: .s, legalStatus: .c2, place: place, provider: .pr4)
            ])
    }
    static let register: [PlacementCost] = histories.map { h in
        let episode = h.episodes[0]
        return F.cost(
            h.child.id, episode.start.iso, nil, episode.place, .pr4,
            [F.rate(episode.start.iso, episode.place == .k2 ? 7_000 : 700)])
    }
    static let datesOfBirth = Dictionary(uniqueKeysWithValues: histories.map { ($0.key, $0.child.dateOfBirth) })

    @Test("the monitor's projection: stock on the period's last day, rates to it, the register's prices")
    func monitoringProjection() throws {
        let projection = try #require(
            BudgetDemandProjection(
                monitoring: F.december, histories: Self.histories,
                register: Self.register, lines: .standard))
        #expect(projection.start == Self.day("2024-12-31"))
        // Data window from 1 April 2023 (no one has left, so the earliest start's year); rates from then to 31 Dec 2024:
        // 640 days apart, so entries ÷ 641: residential 3/641 a day (R1, R2, R3), fostering 1/641 (I1); no moves.
        #expect(
            projection.referenceStart == Self.day("2023-04-01") && projection.referenceEnd == Self.day("2024-12-31"))
        #expect(projection.register?.weeklyCosts[.residentialExternal] == Money(pounds: 7_000))
        #expect(projection.fromRegister == [.residentialExternal, .fosteringAgency])
        // Day t after 31 Dec: 3 + 3t/641 in homes, 1 + t/641 fostered. Over t = 1…90 (to 31 March), Σ t = 4,095:
        // homes 100,000p × (270 + 12,285/641) = 28,916,536.66p → £289,165.37; fostering 10,000p × (90 + 4,095/641)
        // = 963,884.56p → £9,638.85.
        let rest = projection.restOfYear
        #expect(rest["External Residential"]?.pence == 28_916_537)
        #expect(rest["External Fostering (IFA)"]?.pence == 963_885)
        #expect(rest["In-House Foster Care"] == .zero && rest["Unregistered"] == .zero)
        // Committed: 3 homes × 90 days × £1,000 = £270,000 and 90 × £100 = £9,000, so the allowances are
        // £19,165.37 and £638.85: the expected entrants' cost.
        let monitor = BudgetMonitor(
            costs: Self.register, datesOfBirth: Self.datesOfBirth, lines: .standard, budgets: [],
            allowances: ["External Residential": .projectedDemand, "External Fostering (IFA)": .projectedDemand],
            projectedCosts: rest)
        let forecast = monitor.forecast(for: F.december)
        #expect(forecast.line(named: "External Residential")?.committed.pence == 27_000_000)
        #expect(forecast.line(named: "External Residential")?.demandAllowance.pence == 1_916_537)
        #expect(forecast.line(named: "External Fostering (IFA)")?.demandAllowance.pence == 63_885)
        // March has no days left to project.
        #expect(
            BudgetDemandProjection(
                monitoring: Period(calendarMonth: "2025-03")!, histories: Self.histories,
                register: Self.register, lines: .standard) == nil)
    }

    @Test("next year's budget: cost and mean children per line over the financial year")
    func nextYear() {
        let projection = BudgetDemandProjection(
            histories: Self.histories, register: Self.register, start: Self.day("2024-12-31"),
            through: Self.day("2026-03-31"), referenceStart: Self.day("2024-04-01"))
        // Reference 1 April–31 December 2024 (274 days apart, ÷ 275): only R3 entered, 1/275 a day into homes.
        // 2025-26 is days t = 91 (1 April 2025) … 455 (31 March 2026), 365 days, Σ t = 365 × 273 = 99,645.
        // Homes: 100,000p × (3 × 365 + 99,645/275) = 145,734,545.45p → £1,457,345.45; mean children 3 + 273/275.
        // Fostering: 10,000p × 365 = £36,500, 1 child.
        let year = FinancialYear(2025)
        let cost = projection.costByLine(from: year.first, through: year.last)
        #expect(cost["External Residential"]?.pence == 145_734_545)
        #expect(cost["External Fostering (IFA)"]?.pence == 3_650_000)
        let children = projection.childrenByLine(from: year.first, through: year.last)
        #expect(abs(children["External Residential"]! - (3 + 273.0 / 275)) < 1e-9)
        #expect(abs(children["External Fostering (IFA)"]! - 1) < 1e-12)
        #expect(children["Unregistered"] == 0)
    }

    @Test("register prices per child: a child the register holds no cost for counts at £0")
    func registerPricesPerChild() {
        // On 31 Dec 2024: R1 and R2 in external homes, A1 placed for adoption (A4, the Other item); the register
        // prices only R1, at £7,000. Homes: £7,000 ÷ 2 children = £3,500; Other: £0 ÷ 1 = £0.
        let histories = [("R1", PlacementType.k2), ("R2", .k2), ("A1", .a4)].map { id, place in
            ChildHistory(
                authority: "990", child: Child(id: id, sex: .female, dateOfBirth: Self.day("2015-01-01")),
                episodes: [
                    Episode(
                        childID: id, start: Self.day("2024-06-01"), reasonNew: .s, legalStatus: .c2, place: place,
                        provider: .pr4)
                ])
        }
        let register = [F.cost("R1", "2024-06-01", nil, .k2, .pr4, [F.rate("2024-06-01", 7_000)])]
        let snapshot = RegisterSnapshot(
            register: register, histories: histories, lines: .standard, on: Self.day("2024-12-31"))
        #expect(snapshot.weeklyCosts == [.residentialExternal: Money(pounds: 3_500), .other: .zero])
        #expect(snapshot.costShares == [.residentialExternal: ["External Residential": 1]])
    }

    @Test("the register on a day: mean weekly cost of each item's placements, and its split between lines")
    func registerSnapshot() {
        // 31 Dec 2024: external homes A £4,900, D £5,600, G £6,300 − £2,100 health = £4,200 and J £12,600 on
        // External Residential (£27,300), I £8,400 unregistered on Unregistered: £35,700 / 5 = £7,140 a week,
        // shared 27,300 : 8,400 by cost and 4 : 1 by placements. IFA: B £770 (January's uplift not yet known).
        // Connected: H £245. Supported: E £1,400, F £700 → £1,050. Other (R2): K £100. No in-house foster
        // placement is open (C, M ended).
        let snapshot = RegisterSnapshot(register: F.costs, lines: .standard, on: F.december.last)
        #expect(
            snapshot.weeklyCosts == [
                .residentialExternal: Money(pounds: 7_140), .fosteringAgency: Money(pounds: 770),
                .fosteringFriendRelative: Money(pounds: 245), .supported: Money(pounds: 1_050),
                .other: Money(pounds: 100),
            ])
        let homes = snapshot.costShares[.residentialExternal] ?? [:]
        #expect(abs((homes["External Residential"] ?? 0) - 27_300.0 / 35_700) < 1e-12)
        #expect(abs((homes["Unregistered"] ?? 0) - 8_400.0 / 35_700) < 1e-12)
        #expect(snapshot.placementShares[.residentialExternal] == ["External Residential": 0.8, "Unregistered": 0.2])
        #expect(snapshot.costShares[.supported] == ["External Supported Living": 1])
    }

    @Test("projected cost follows the register onto its lines: an unregistered home's share goes to Unregistered")
    func projectedCostOnRegisterLines() throws {
        // The fixture's histories are not needed for the split: one child in an external home, registered, and
        // the register of 31 Dec holding the fixture's homes. The home's projected cost (£7,140 a week, so
        // £1,020 a day, over 90 days: £91,800) is shared 27,300 : 8,400 → £70,200 and £21,600.
        let history = ChildHistory(
            authority: "990", child: Child(id: "Z", sex: .male, dateOfBirth: Self.day("2012-06-01")),
            episodes: [
                Episode(
                    childID: "Z", start: Self.day("2024-06-01"), reasonNew: .s, legalStatus: .c2, place: .k2,
                    provider: .pr4)
            ])
        let projection = BudgetDemandProjection(
            histories: [history], register: F.costs, start: F.december.last,
            through: F.december.year.last, referenceStart: Self.day("2024-07-01"))
        let rest = projection.restOfYear
        #expect(rest["External Residential"] == Money(pounds: 70_200) && rest["Unregistered"] == Money(pounds: 21_600))
        let children = projection.childrenByLine(from: F.december.last.adding(days: 1), through: F.december.year.last)
        #expect(
            abs((children["External Residential"] ?? 0) - 0.8) < 1e-12
                && abs((children["Unregistered"] ?? 0) - 0.2) < 1e-12)
    }
}
