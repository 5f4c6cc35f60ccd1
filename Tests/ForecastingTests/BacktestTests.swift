import CareModel
import Testing

@testable import Forecasting

@Suite("Demand model: back-testing")
struct BacktestTests {
    static let day = DemandSplittingTests.day

    /// An authority with a strong summer peak: from 1 April 2020 to 1 March 2025, four children a day enter
    /// foster care in June, July and August and one a day otherwise; every child stays exactly 30 days. All
    /// are born on 1 June 2009, so they stay in the 10–16 band (aged 10.8 to 15.9) and nobody ages out.
    /// The stock on a day is the entrants of the 30 days up to it: 120 in high summer, 30 in winter.
    static let histories = SeasonalityTests.entrants(from: "2020-04-01", to: "2025-03-01") {
        (6...8).contains($0.month) ? 4 : 1
    }.map { history in
        var history = history
        history.episodes[0].end = history.episodes[0].start.adding(days: 30)
        return history
    }
    static let cutoffs = (1...12).map { Day(year: 2023, month: $0, day: 1)!.endOfMonth }

    @Test("with a summer peak in entries, the seasonal method beats the plain one at +6 months")
    func seasonalBeatsPlain() async throws {
        // Cut-offs at every month end of 2023, so the targets (+6 months) fall in every season. The plain
        // method projects flat entries at the year's average, (92·4 + 273·1) / 365 ≈ 1.76 a day, and so a
        // stock of about 1.76 × 30 ≈ 53 whatever the month: some 65 too few in summer and 20 too many in
        // winter. The seasonal method's factors (June–August ≈ 2.4, other months ≈ 0.6) bring the projected
        // entries to the month's own rate, so only the Markov model's smoothing (exponential stays where the
        // real ones are exactly 30 days) is left as error: it must be well below the plain method's.
        let report = await Backtest.run(
            histories: Self.histories, cutoffs: Self.cutoffs, horizons: [6], referenceMonths: 12,
            methods: BacktestMethod.markov)
        #expect(report.comparisons.count == 12 * 3)
        let plain = try #require(report.score(method: .plain, horizonMonths: 6))
        let seasonal = try #require(report.score(method: .seasonal, horizonMonths: 6))
        let trended = try #require(report.score(method: .seasonalTrend, horizonMonths: 6))
        #expect(plain.cutoffs == 12 && seasonal.cutoffs == 12)
        #expect(seasonal.total.meanAbsoluteError < plain.total.meanAbsoluteError / 2)
        #expect(
            try #require(seasonal.total.meanAbsolutePercentageError) < #require(plain.total.meanAbsolutePercentageError)
        )
        #expect(seasonal.accuracy(of: .fostering) == seasonal.total)  // everyone is fostered
        // One year of reference has no calendar month twice, so no trend is fitted: the same as seasonal.
        #expect(trended.total == seasonal.total)
        print(
            "backtest +6 months MAE: plain \(plain.total.meanAbsoluteError), seasonal \(seasonal.total.meanAbsoluteError)"
        )
    }

    /// The Monte-Carlo methods are scored like the others. Plain Monte-Carlo's mean is the Markov mean up to
    /// sampling error: with about 53 in care (sd ≈ √53 ≈ 7.3) and 1,000 paths the standard error is
    /// 7.3 / √1000 ≈ 0.23, so 1 child is over 4 standard errors. By duration runs on the same cut-offs.
    @Test("Monte-Carlo methods are back-tested too; plain Monte-Carlo averages to the Markov projection")
    func monteCarloMethods() async throws {
        let cutoffs = Array(Self.cutoffs.prefix(3))
        let report = await Backtest.run(
            histories: Self.histories, cutoffs: cutoffs, horizons: [6],
            methods: [.plain, .monteCarlo, .monteCarloByDuration], paths: 1_000)
        #expect(report.comparisons.count == 3 * 3)
        let plain = report.comparisons.filter { $0.method == .plain }
        let paths = report.comparisons.filter { $0.method == .monteCarlo }
        for (markov, monteCarlo) in zip(plain, paths) {
            #expect(abs(markov.projectedTotal - monteCarlo.projectedTotal) < 1, "\(markov.cutoff)")
        }
        #expect(try #require(report.score(method: .monteCarloByDuration, horizonMonths: 6)).cutoffs == 3)
    }

    @Test("actual stock comes from the full histories on cut-off + horizon")
    func actualStock() async throws {
        let report = await Backtest.run(
            histories: Self.histories, cutoffs: [Self.day("2023-01-31")], horizons: [6, 24],
            methods: [.plain])
        let comparison = try #require(report.comparisons.first)
        // 31 January + 6 months = 31 July 2023: in care are those who entered 2 to 31 July (DEC = DECOM + 30 > 31 July),
        // 30 days × 4 = 120, all fostered.
        #expect(comparison.target == Self.day("2023-07-31"))
        #expect(comparison.actual == [120, 0, 0, 0])
        // + 24 months is 31 January 2025, within the data (which ends 31 March 2025): 30 days × 1 = 30.
        #expect(report.comparisons.map(\.actualTotal) == [120, 30])
    }

    @Test("a history as known on the cut-off: later episodes dropped, later ends reopened")
    func asKnown() throws {
        let history = DemandSplittingTests.history(
            "A", born: "2010-01-01",
            [
                ("2023-01-01", "2023-03-01", .u4), ("2023-03-01", "2023-06-01", .k2), ("2023-06-01", nil, .u4),
            ])
        let known = try #require(Backtest.asKnown(history, on: Self.day("2023-04-30")))
        #expect(known.episodes.map(\.start) == [Self.day("2023-01-01"), Self.day("2023-03-01")])
        #expect(known.episodes.map(\.end) == [Self.day("2023-03-01"), nil])
        // An end on the cut-off itself was known that day.
        #expect(Backtest.asKnown(history, on: Self.day("2023-03-01"))?.episodes[0].end == Self.day("2023-03-01"))
        #expect(Backtest.asKnown(history, on: Self.day("2022-12-31")) == nil)
    }

    @Test("MAE and MAPE over pairs; MAPE skips actual zeros")
    func accuracy() {
        // Errors 2, 1, 3 → MAE 2; percentages 2/10 = 20 %, 1/5 = 20 % (the zero actual is skipped) → 20 %.
        let a = ForecastAccuracy(projected: [12, 4, 3], actual: [10, 5, 0])
        #expect(a.meanAbsoluteError == 2)
        #expect(a.meanAbsolutePercentageError == 20)
        #expect(ForecastAccuracy(projected: [1], actual: [0]).meanAbsolutePercentageError == nil)
    }
}
