import CareModel
import CouncilTasks
import Forecasting

/// The recruitment parts of GET /api/v1/fostering: the funnel by financial year with its conversions, lags
/// and enquiries by month of the year; the approvals forecast; the net change against the target. Stage
/// names are the stages' codes in snake_case (`initial_visit`, `stage_1`), as field names are everywhere.
enum APIFunnel {
    static func json(_ report: FosteringReport) -> JSONValue {
        let funnel = report.funnel
        let steps: [JSONValue] = zip(funnel.conversions, funnel.lags).map { conversion, lag in
            .object([
                ("from", .string(name(conversion.from))), ("to", .string(name(conversion.to))),
                ("known", .int(conversion.known)), ("converted", .int(conversion.converted)),
                ("rate", decimal(conversion.rate, places: 4)),
                ("lag_observations", .int(lag.observations)),
                ("median_days", decimal(lag.medianDays, places: 1)),
            ])
        }
        let enquiries: [JSONValue] = funnel.enquiriesByCalendarMonth.enumerated().map { month, count in
            .object([("month", .string(Day.monthNames[month])), ("enquiries", .int(count))])
        }
        return .object([
            ("years", .array(report.years.map { year($0) })), ("steps", .array(steps)),
            ("enquiries_by_month", .array(enquiries)),
        ])
    }

    /// A measured number to `places` decimals; `null` when there is none (no outcome known yet, no target).
    static func decimal(_ value: Double?, places: Int) -> JSONValue {
        value.map { JSONValue.decimal($0, places: places) } ?? .null
    }

    /// "initial_visit": a stage's code as a field name.
    static func name(_ stage: RecruitmentStage) -> String {
        stage.rawValue.replacingOccurrences(of: "-", with: "_")
    }

    /// One financial year: the households reaching each stage (every stage listed, 0 where none did).
    static func year(_ counts: StageCounts) -> JSONValue {
        let stages: [(String, JSONValue)] = RecruitmentStage.allCases.map { (name($0), .int(counts[$0])) }
        let named: [(String, JSONValue)] = [
            ("year", .string(FinancialYear(containing: counts.first).label)), ("first", .day(counts.first)),
            ("last", .day(counts.last)),
        ]
        return .object(named + stages)
    }

    static func forecast(_ forecast: PipelineForecast) -> JSONValue {
        let months: [JSONValue] = forecast.months.map { month in
            .object([
                ("month", .string(String(month.first.iso.prefix(7)))),
                ("from_pipeline", .decimal(month.fromPipeline)),
                ("from_new_enquiries", .decimal(month.fromNewEnquiries)), ("expected", .decimal(month.expected)),
                ("naive", .int(month.naive)),
            ])
        }
        return .object([
            ("as_at", .day(forecast.asAt)), ("open_prospects", .int(forecast.openProspects)),
            ("enquiries_per_month", .decimal(forecast.enquiriesPerMonth)),
            ("expected_total", .decimal(forecast.expectedTotal)), ("naive_total", .int(forecast.naiveTotal)),
            ("months", .array(months)),
        ])
    }

    static func netChange(_ change: NetHouseholdChange) -> JSONValue {
        .object([
            ("first", .day(change.first)), ("last", .day(change.last)), ("approvals", .int(change.approvals)),
            ("ifa_transfer_approvals", .int(change.ifaTransferApprovals)),
            ("resignations", .int(change.resignations)), ("net", .int(change.net)),
            ("target", decimal(change.target, places: 1)),
            ("shortfall", decimal(change.shortfall, places: 1)),
        ])
    }
}
