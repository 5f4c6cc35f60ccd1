import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/programmes/{programme}: one programme as its page shows it — the cohort table, its plans
/// and savings by status, the financial year month by month, and every plan with its child, homes, dates,
/// saving at the three horizons, slippage, the move the costs register shows and what it has realised, and
/// its status history. Plans name children, so not for the read-only role; every call is audited.
enum APIProgrammeDetail {
    static func json(_ report: ProgrammesReport, _ savings: ProgrammeSavings) -> JSONValue {
        let year: [(String, JSONValue)] = [
            ("target", .money(savings.target)), ("anticipated_in_year", .money(savings.anticipatedInYear)),
            ("realised_in_year", .money(savings.realisedInYear)), ("slippage_in_year", .money(savings.slippageInYear)),
        ]
        let lists: [(String, JSONValue)] = [
            ("cohort", .array(savings.cohortRows.map { APIProgrammes.cohortRow($0, .full) })),
            ("statuses", .array(savings.statusRows.map(status))), ("months", .array(savings.months.map(month))),
            ("plans", .array(savings.plans.map(plan))),
        ]
        let start: [(String, JSONValue)] = [
            ("authority", .string(report.authority)), ("date", .day(savings.asOf)),
            ("year", .string(savings.year.label)),
        ]
        return .object(start + APIProgrammes.head(savings.programme) + year + lists)
    }

    /// The plans of one status and what they are expected to save.
    static func status(_ row: StatusRow) -> JSONValue {
        let fields: [(String, JSONValue)] = [
            ("status", .string(row.status.rawValue)), ("label", .string(row.status.label)), ("plans", .int(row.plans)),
        ]
        return .object(fields + APIProgrammes.horizons(row.anticipated))
    }

    /// One month of the year: anticipated from the achieved and on-track plans, realised from the moves made.
    static func month(_ month: ProgrammeMonth) -> JSONValue {
        .object([
            ("month", .string(month.period.calendarMonthText)), ("anticipated", .money(month.anticipated)),
            ("realised", .money(month.realised)),
        ])
    }

    /// One child's plan and its saving.
    static func plan(_ saving: PlanSaving) -> JSONValue {
        let plan = saving.plan
        let fields: [(String, JSONValue)] = [
            ("plan", .string(plan.id)), ("child", .string(plan.child)), ("status", .string(saving.status.rawValue)),
            ("cohort", .string(saving.cohort.rawValue)), ("destination", .string(plan.destination.code)),
            ("identified", .day(plan.identified)), ("first_target_date", .day(plan.firstTargetDate)),
            ("target_date", .day(plan.targetDate)), ("owner", .text(plan.owner)),
            ("current_weekly", .money(saving.currentWeekly)), ("target_weekly", .money(plan.targetWeekly)),
            ("weekly_saving", .money(saving.weeklySaving)), ("one_off_cost", .money(plan.oneOffCost)),
            ("anticipated", .object(APIProgrammes.horizons(saving.anticipated))),
            ("slippage", .object(APIProgrammes.horizons(saving.slippage))),
            ("moved", .day(saving.move?.day)), ("new_weekly", .money(saving.newWeekly)),
            ("realised_to_date", .money(saving.realisedToDate)), ("realised_in_year", .money(saving.realisedInYear)),
            ("move_not_recorded", .bool(saving.moveNotRecorded)),
            ("history", .array(plan.statuses.map(change))),
        ]
        return .object(fields)
    }

    /// One change of a plan's status.
    static func change(_ change: PlanStatusChange) -> JSONValue {
        .object([
            ("from", .day(change.day)), ("status", .string(change.status.rawValue)), ("reason", .text(change.reason)),
        ])
    }
}
