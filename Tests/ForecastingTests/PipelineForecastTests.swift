import CareModel
import Testing

@testable import Forecasting

/// The approvals forecast from the funnel's households P1–P8 (without P9 and P10) as at 31 March 2025.
@Suite("Recruitment: approvals forecast")
struct PipelineForecastTests {
    static let day = RecruitmentFunnelTests.day
    static let asAt = RecruitmentFunnelTests.asAt
    static let events = RecruitmentFunnelTests.pipeline

    /// Conversions as in the funnel tests (P9 and P10 were not known outcomes there, so nothing changes):
    /// P(approval | visit) = 0.75 × 2/3 × 1 × 1 × 1 = 0.5; P(approval | enquiry) = 0.75 × 0.5 = 0.375.
    /// Median days to approval: from visit (227 + 234) ÷ 2 = 230.5 → 231 whole days; from enquiry
    /// (249 + 265) ÷ 2 = 257.
    ///
    /// Open households: P5 (visit 1 July 2024) and P6 (visit 1 December 2024). P7 enquired 486 days ago
    /// and is lost; the rest are approved or withdrawn.
    /// P5: 1 July 2024 + 231 days = 17 February 2025, already past: 0.5 in April 2025 (month 1).
    /// P6: 1 December 2024 + 231 days = 20 July 2025: 0.5 in July 2025 (month 4).
    ///
    /// New enquiries: P5 (June 2024) and P6 (November 2024) in the twelve months to 31 March 2025: 2 ÷ 12 a
    /// month, each month's adding 2/12 × 0.375 = 0.0625. April 2025's land 1 April + 257 days = 14 December
    /// 2025 (month 9); May's 13 January 2026, June's 13 February, July's 15 March (month 12); August's
    /// 15 April 2026 and later ones are past the twelfth month.
    static let expected: [Double] = [0.5, 0, 0, 0.5, 0, 0, 0, 0, 0.0625, 0.0625, 0.0625, 0.0625]

    @Test func expectedApprovalsByMonth() {
        let forecast = PipelineForecast(events: Self.events, asAt: Self.asAt)
        #expect(forecast.months.count == 12)
        #expect(forecast.months.first?.first == Self.day("2025-04-01"))
        #expect(forecast.months.last?.first == Self.day("2026-03-01"))
        #expect(forecast.openProspects == 2)
        #expect(abs(forecast.enquiriesPerMonth - 2.0 / 12) < 1e-12)
        #expect(zip(forecast.months.map(\.expected), Self.expected).allSatisfy { abs($0 - $1) < 1e-12 })
        // Pipeline 0.5 + 0.5 = 1; new enquiries 4 × 0.0625 = 0.25; total 1.25.
        #expect(abs(forecast.months.reduce(0) { $0 + $1.fromPipeline } - 1) < 1e-12)
        #expect(abs(forecast.months.reduce(0) { $0 + $1.fromNewEnquiries } - 0.25) < 1e-12)
        #expect(abs(forecast.expectedTotal - 1.25) < 1e-12)
    }

    /// The naive forecast repeats April 2024–March 2025: P1 approved in September, P2 in October.
    @Test func naiveRepeatsLastYear() {
        let forecast = PipelineForecast(events: Self.events, asAt: Self.asAt)
        #expect(forecast.months.map(\.naive) == [0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0])
        #expect(forecast.naiveTotal == 2)
    }

    @Test(
        "a landing day falls in its forecast month, or the first when already past",
        arguments: [
            ("2025-02-17", 0 as Int?),  // past: the first month
            ("2025-03-31", 0),  // the as-at day itself
            ("2025-04-01", 0), ("2025-07-20", 3), ("2026-03-31", 11),
            ("2026-04-01", nil),  // past the twelfth month
        ])
    func monthIndex(landing: String, index: Int?) {
        #expect(PipelineForecast.monthIndex(of: Self.day(landing), asAt: Self.asAt) == index)
    }

    /// Cut off on 31 March 2025 with P5 approved on 20 April 2025 and P6 on 1 May 2026 (after March
    /// 2026, the last forecast month): 1 approval in the twelve months. The forecast is as above (later
    /// events are not known on the cut-off): model |1.25 − 1| = 0.25; naive |2 − 1| = 1.
    @Test func backtestAgainstWhatHappened() {
        let later =
            RecruitmentFunnelTests.journey("P5", [(.application, "2025-04-02"), (.approval, "2025-04-20")])
            + RecruitmentFunnelTests.journey("P6", [(.approval, "2026-05-01")])
        let test = PipelineForecast.backtest(events: Self.events + later, cutoff: Self.asAt)
        #expect(test.first == Self.day("2025-04-01") && test.last == Self.day("2026-03-31"))
        #expect(test.actual == 1 && test.naive == 2)
        #expect(abs(test.expected - 1.25) < 1e-12)
        #expect(abs(test.modelError - 0.25) < 1e-12)
        #expect(test.naiveError == 1)
    }

    /// No events: nothing open, nothing expected.
    @Test func noEvents() {
        let forecast = PipelineForecast(events: [], asAt: Self.asAt)
        #expect(forecast.openProspects == 0 && forecast.expectedTotal == 0 && forecast.naiveTotal == 0)
    }
}
