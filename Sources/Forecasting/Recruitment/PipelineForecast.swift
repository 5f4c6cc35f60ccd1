import CareModel

/// Expected approvals of new foster households in each of the twelve months after an as-at day, from the
/// households already in the recruitment pipeline and the enquiries still to come, beside a naive forecast
/// (last year's approvals month by month) to judge it against.
///
/// The forecast months are the twelve calendar months after the as-at day's month, so an as-at day at a
/// month end forecasts whole months. Each open household (neither approved nor withdrawn, and not lost:
/// it reached its current stage no more than `RecruitmentFunnel.lostAfterDays` ago) adds its probability
/// of approval from its current stage, the product of the funnel's observed conversions, all in one month:
/// the month of the day it reached that stage plus the median days from the stage to approval, or the
/// first forecast month when that day is already past (or no median is known). New enquiries are the
/// average a month over the twelve months to the as-at day, each month's adding its probability of
/// approval from enquiry in the month of its first day plus the median days from enquiry to approval.
/// Weight landing after the twelfth month is left out.
public struct PipelineForecast: Hashable, Sendable {
    /// One forecast month.
    public struct Month: Hashable, Sendable {
        /// The month's first day.
        public var first: Day
        /// Expected approvals of households in the pipeline on the as-at day.
        public var fromPipeline: Double
        /// Expected approvals of households enquiring after the as-at day.
        public var fromNewEnquiries: Double
        /// The naive forecast: approvals in the same month a year before.
        public var naive: Int

        public init(first: Day, fromPipeline: Double, fromNewEnquiries: Double, naive: Int) {
            self.first = first
            self.fromPipeline = fromPipeline
            self.fromNewEnquiries = fromNewEnquiries
            self.naive = naive
        }

        /// fromPipeline + fromNewEnquiries.
        public var expected: Double { fromPipeline + fromNewEnquiries }
    }

    /// Months forecast.
    public static let horizon = 12

    public let asAt: Day
    /// The twelve months after the as-at day's month, in order.
    public let months: [Month]
    /// Households open in the pipeline on the as-at day.
    public let openProspects: Int
    /// Enquiries a month over the twelve months to the as-at day.
    public let enquiriesPerMonth: Double

    /// The forecast from `events` on or before `asAt`.
    public init(events: [RecruitmentEvent], asAt: Day) {
        self.init(funnel: RecruitmentFunnel(events: events, asAt: asAt))
    }

    /// The forecast from a funnel, as at its as-at day.
    public init(funnel: RecruitmentFunnel) {
        let asAt = funnel.asAt
        let stages = RecruitmentStage.funnel
        let chances = Dictionary(uniqueKeysWithValues: stages.map { ($0, funnel.approvalProbability(from: $0)) })
        let lags = Dictionary(uniqueKeysWithValues: stages.map { ($0, funnel.medianDaysToApproval(from: $0) ?? 0) })
        let (pipeline, open) = Self.pipeline(funnel, chances: chances, lags: lags)
        let recent = Self.recentEnquiries(funnel)
        let enquiries = Self.newEnquiries(
            asAt: asAt, perMonth: Double(recent) / 12 * (chances[.enquiry] ?? 0), lag: lags[.enquiry] ?? 0)
        let naive = funnel.monthly(from: asAt.startOfMonth.adding(months: 1 - Self.horizon), through: asAt)
        self.asAt = asAt
        self.months = (0..<Self.horizon).map { i in
            Month(
                first: asAt.startOfMonth.adding(months: i + 1), fromPipeline: pipeline[i],
                fromNewEnquiries: enquiries[i], naive: naive[i][.approval])
        }
        self.openProspects = open
        self.enquiriesPerMonth = Double(recent) / 12
    }

    /// Expected approvals over the twelve months.
    public var expectedTotal: Double { months.reduce(0) { $0 + $1.expected } }

    /// The naive forecast's approvals over the twelve months: last year's.
    public var naiveTotal: Int { months.reduce(0) { $0 + $1.naive } }

    /// Each open household's chance of approval, in the month it is expected; and how many were open.
    static func pipeline(
        _ funnel: RecruitmentFunnel, chances: [RecruitmentStage: Double], lags: [RecruitmentStage: Double]
    ) -> ([Double], Int) {
        var months = [Double](repeating: 0, count: horizon), open = 0
        for prospect in funnel.prospects where prospect.isOpen {
            guard let stage = prospect.furthest, let reached = prospect.day(reached: stage),
                reached.days(to: funnel.asAt) <= RecruitmentFunnel.lostAfterDays
            else { continue }
            open += 1
            let landing = reached.adding(days: wholeDays(lags[stage] ?? 0))
            if let i = monthIndex(of: landing, asAt: funnel.asAt) { months[i] += chances[stage] ?? 0 }
        }
        return (months, open)
    }

    /// Enquiries recorded in the twelve months to the as-at day (after the same day a year before).
    static func recentEnquiries(_ funnel: RecruitmentFunnel) -> Int {
        let yearBefore = funnel.asAt.adding(months: -12)
        return funnel.prospects.filter { $0.recorded[.enquiry].map { $0 > yearBefore } ?? false }.count
    }

    /// Each forecast month's expected approvals from enquiries yet to come: `perMonth` for each month's
    /// enquiries, landing `lag` days after the month's first day.
    static func newEnquiries(asAt: Day, perMonth: Double, lag: Double) -> [Double] {
        var months = [Double](repeating: 0, count: horizon)
        for m in 1...horizon {
            let landing = asAt.startOfMonth.adding(months: m).adding(days: wholeDays(lag))
            if let i = monthIndex(of: landing, asAt: asAt) { months[i] += perMonth }
        }
        return months
    }

    /// The forecast month (0 is the month after the as-at day's) that `day` falls in; the first for a day
    /// in or before the as-at day's month, `nil` after the last.
    static func monthIndex(of day: Day, asAt: Day) -> Int? {
        let ahead = (day.year - asAt.year) * 12 + day.month - asAt.month
        let index = max(1, ahead) - 1
        return index < horizon ? index : nil
    }

    /// A median in days as whole days (halves away from nought).
    static func wholeDays(_ days: Double) -> Int { Int(days.rounded(.toNearestOrAwayFromZero)) }

    /// The forecast made on `cutoff` from the events known then (on or before it), set against the approvals
    /// that happened in its twelve months: the error of the twelve-month total for the model and the naive
    /// forecast, so a council can see whether the pipeline says more than last year's count does.
    public static func backtest(events: [RecruitmentEvent], cutoff: Day) -> PipelineBacktest {
        let forecast = PipelineForecast(events: events, asAt: cutoff)
        let first = cutoff.startOfMonth.adding(months: 1)
        let last = cutoff.startOfMonth.adding(months: horizon).endOfMonth
        let actual = RecruitmentFunnel(events: events, asAt: last).prospects.filter { prospect in
            prospect.recorded[.approval].map { first <= $0 && $0 <= last } ?? false
        }.count
        return PipelineBacktest(
            cutoff: cutoff, first: first, last: last, expected: forecast.expectedTotal, naive: forecast.naiveTotal,
            actual: actual)
    }
}
