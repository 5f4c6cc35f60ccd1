import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: one projection run for the command line and the web")
struct DemandProjectionRunTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// One child fostered in-house (U4, PR1) from 1 April 2023, still there: the data window is the
    /// financial year 2023-24 (no episode has ended, so the earliest start decides it).
    static let oneChild = [
        ChildHistory(
            authority: "990", child: Child(id: "A", sex: .female, dateOfBirth: day("2016-01-01")),
            episodes: [
                Episode(
                    childID: "A", start: day("2023-04-01"), reasonNew: .s,
                    legalStatus: .c2, place: .u4, provider: .pr1)
            ])
    ]

    /// Six children who enter, move and leave, for comparing the run with the steps it stands for.
    static let several: [ChildHistory] = (0..<6).map { i in
        let start = day("2021-04-01").adding(days: 90 * i)
        let places: [PlacementType] = [.u4, .k2, .u1, .k3, .u5, .r1]
        let end: Day? = i % 2 == 0 ? start.adding(days: 200 + 30 * i) : nil
        return ChildHistory(
            authority: "990",
            child: Child(id: "C\(i)", sex: .male, dateOfBirth: day("2010-06-01").adding(days: 400 * i)),
            episodes: [
                Episode(
                    childID: "C\(i)", start: start, reasonNew: .s, legalStatus: .c2, place: places[i],
                    provider: .pr4, end: end, reasonEnded: end == nil ? nil : .e13)
            ])
    }

    @Test("defaults: the whole data window, from its end, the same points as the steps it stands for")
    func defaultsAreTheData() async throws {
        let projection = try await DemandProjection.run(DemandProjectionSettings(months: 6), histories: Self.several)
        let history = DemandHistory(histories: Self.several)
        #expect(projection.referenceStart == history.dataStart)
        #expect(projection.referenceEnd == history.dataEnd)
        #expect(projection.start == history.dataEnd)
        let rates = TransitionRates.observed(
            in: history, referenceStart: history.dataStart, referenceEnd: history.dataEnd)
        let days = history.dataEnd.days(to: history.dataEnd.adding(months: 6))
        #expect(projection.days == days)
        #expect(
            projection.markov
                == MarkovProjection.project(
                    stock: history.stock(on: history.dataEnd), rates: rates,
                    start: history.dataEnd, days: days))
        #expect(projection.monteCarlo == nil && projection.costs == nil && projection.observed.isEmpty)
        #expect(projection.markovMonthEnds.count == 6)
    }

    @Test("Monte-Carlo runs the paths; costs add the Markov points they price")
    func monteCarloWithCosts() async throws {
        var settings = DemandProjectionSettings(months: 2, method: .montecarlo, paths: 20)
        let plain = try await DemandProjection.run(settings, histories: Self.several)
        #expect(plain.monteCarlo?.paths == 20 && plain.markov == nil && plain.costs == nil)
        settings.costs = .init()
        let priced = try await DemandProjection.run(settings, histories: Self.several)
        #expect(priced.monteCarlo?.pathCounts == plain.monteCarlo?.pathCounts)  // same seed, same paths
        #expect(priced.markov != nil && priced.costs != nil)
        // The paths are priced too: cost quantiles beside the counts.
        #expect(priced.monteCarlo?.pathCosts != nil && plain.monteCarlo?.pathCosts == nil)
        #expect(priced.monteCarlo?.points.allSatisfy { $0.totalCost != nil } == true)
    }

    /// The window starts after the one child's entry and nobody moves or leaves in it, so the child stays
    /// fostered: 1 child × £700 a week (the override) ÷ 7 = £100 a day, all in-house fostering.
    /// April 2024: 30 × £100 = £3,000. Inflation 10% steps up on 31 March 2025, the first anniversary of
    /// the start: March 2025 = 30 × £100 + 1 × £110 = £3,110; April 2025 = 30 × £110 = £3,300.
    /// 2024-25 = 364 × £100 + £110 = £36,510. Without the override: £550 ÷ 7 × 30 = £2,357.142857… → £2,357.14.
    @Test("weekly-cost override and inflation, hand-computed")
    func costsByHand() async throws {
        let options = DemandProjectionSettings.CostOptions(
            inflation: 0.1, weeklyCosts: [.fosteringInHouse: Money(pounds: 700)])
        let settings = DemandProjectionSettings(months: 13, referenceStart: Self.day("2023-05-01"), costs: options)
        let projection = try await DemandProjection.run(settings, histories: Self.oneChild)
        #expect(projection.start == Self.day("2024-03-31"))
        let costs = try #require(projection.costs)
        let months = Dictionary(uniqueKeysWithValues: costs.periods.map { ($0.period.calendarMonthText, $0) })
        #expect(months["2024-04"]?.byCategory[.fostering] == Money(pounds: 3_000))
        #expect(months["2025-03"]?.total == Money(pounds: 3_110))
        #expect(months["2025-04"]?.total == Money(pounds: 3_300))
        #expect(costs.financialYears.first?.total == Money(pounds: 36_510))

        let defaults = DemandProjectionSettings(months: 1, referenceStart: Self.day("2023-05-01"), costs: .init())
        let plain = try await DemandProjection.run(defaults, histories: Self.oneChild)
        #expect(plain.costs?.periods.first?.total == Money(pence: 235_714))
    }

    /// The start (31 March 2024) and the month ends before it inside the data (from 1 April 2023): the
    /// child is in care on each, so each has one fostered child. 30 April 2023 is the earliest of the 12.
    @Test("observed stock on the start and earlier month ends within the data")
    func observedStock() async throws {
        let settings = DemandProjectionSettings(months: 1, observedMonths: 12)
        let projection = try await DemandProjection.run(settings, histories: Self.oneChild)
        #expect(projection.observed.map(\.date.iso).first == "2023-04-30")
        #expect(projection.observed.map(\.date.iso).last == "2024-03-31")
        #expect(projection.observed.count == 12)
        #expect(projection.observed.allSatisfy { $0.mean(of: .fostering) == 1 && $0.meanInCare == 1 })
    }

    @Test(
        "each rule names its setting, as the command line calls it",
        arguments: [
            (
                DemandProjectionSettings(months: 49),
                "--months must be between 1 and 48 (the regional model allows 4 years)."
            ),
            (DemandProjectionSettings(paths: 0), "--paths must be between 1 and 100,000."),
            (
                DemandProjectionSettings(
                    referenceStart: Day(iso: "2024-01-01")!, referenceEnd: Day(iso: "2024-01-01")!),
                "--reference-start must be before --reference-end (the window runs from 1 January 2024 to 1 January 2024)."
            ),
            (
                DemandProjectionSettings(costs: .init(inflation: 1.5)),
                "--inflation must be a yearly rise between 0% and 100% (got 150%)."
            ),
            (
                DemandProjectionSettings(costs: .init(weeklyCosts: [.fosteringAgency: Money(pence: -500)])),
                "--weekly-cost fostering-agency must not be negative (got -£5.00)."
            ),
        ])
    func rules(settings: DemandProjectionSettings, message: String) {
        #expect(throws: DemandProjectionError.self) { try settings.validate() }
        do { try settings.validate() } catch { #expect(error.message(naming: Self.option) == message) }
    }

    @Test func noChildrenIsAnError() async {
        await #expect(throws: DemandProjectionError.noChildren) {
            _ = try await DemandProjection.run(DemandProjectionSettings(), histories: [])
        }
    }

    @Test("cost item names round-trip", arguments: DemandCostItem.allCases)
    func itemNames(item: DemandCostItem) {
        #expect(DemandCostItem(name: item.name) == item)
        #expect(DemandCostItem(name: item.name.uppercased()) == item)
        #expect(item.name.allSatisfy { $0.isLowercase || $0 == "-" })
    }

    @Test func itemNamesAreHyphenated() {
        #expect(DemandCostItem.fosteringFriendRelative.name == "fostering-friend-relative")
        #expect(DemandCostItem.placedWithFamily.name == "placed-with-family")
        #expect(DemandCostItem(name: "fostering") == nil)
    }

    static func option(_ field: DemandProjectionError.Field) -> String {
        switch field {
        case .months: "--months"
        case .paths: "--paths"
        case .referenceStart: "--reference-start"
        case .referenceEnd: "--reference-end"
        case .inflation: "--inflation"
        case .ageBand: "--age-band"
        case .weeklyCost(let item): "--weekly-cost \(item.name)"
        }
    }
}
