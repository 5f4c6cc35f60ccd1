import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/programmes: one authority's programmes on the day its data runs to, as the Programmes page
/// lists them — each programme's plans in all and by cohort column, the cohort table with the savings each
/// column is expected to make, the year's savings target, and the savings anticipated and realised this
/// year and lost to slippage. Aggregates only: for a reader who may not see small numbers, a count of 1 to 5
/// plans is `null`, and so is a share or saving added up over so few (`suppressed` names them).
enum APIProgrammes {
    static func json(_ report: ProgrammesReport, _ disclosure: Disclosure = .full) -> JSONValue {
        .object([
            ("authority", .string(report.authority)), ("date", .day(report.day)),
            ("year", .string(FinancialYear(containing: report.day).label)),
            ("programmes", .array(report.programmes.map { summary($0, disclosure) })),
        ])
    }

    /// The programme's reference, name and kind: the first fields of both answers.
    static func head(_ programme: Programme) -> [(String, JSONValue)] {
        [
            ("programme", .string(programme.id)), ("name", .string(programme.name)),
            ("kind", .string(programme.kind.rawValue)), ("kind_label", .string(programme.kind.label)),
        ]
    }

    /// One programme's year in brief.
    static func summary(_ savings: ProgrammeSavings, _ disclosure: Disclosure) -> JSONValue {
        var object = APIObject()
        for (name, value) in head(savings.programme) { object.add(name, value) }
        object.add("plans", .int(savings.plans.count), shown: disclosure.shows(children: savings.plans.count))
        for row in savings.cohortRows {
            guard let cohort = row.cohort else { continue }
            object.add(field(cohort), .int(row.children), shown: disclosure.shows(children: row.children))
        }
        addYear(savings, to: &object, disclosure)
        object.add("cohort", .array(savings.cohortRows.map { cohortRow($0, disclosure) }))
        return object.json
    }

    /// "achieved", "on_track", "unconfirmed", "out_of_scope": a cohort column as a field name.
    static func field(_ cohort: PlanCohort) -> String { cohort.rawValue.replacingOccurrences(of: "-", with: "_") }

    /// The year's target and the savings anticipated, realised and lost to slippage, each hidden when 1 to 5
    /// plans add to it and the reader may not see so few.
    static func addYear(_ savings: ProgrammeSavings, to object: inout APIObject, _ disclosure: Disclosure) {
        let plans = savings.plans
        let delivering = plans.filter { $0.cohort == .achieved || $0.cohort == .onTrack }
        let inScope = plans.filter { $0.cohort != .outOfScope }
        func shown(_ members: [PlanSaving], _ amount: (PlanSaving) -> Money) -> Bool {
            disclosure.shows(children: ProgrammeNumbers.contributing(members, amount))
        }
        object.add("target", .money(savings.target))
        object.add(
            "anticipated_in_year", .money(savings.anticipatedInYear), shown: shown(delivering, \.anticipated.inYear))
        object.add("realised_in_year", .money(savings.realisedInYear), shown: shown(plans, \.realisedInYear))
        object.add("slippage_in_year", .money(savings.slippageInYear), shown: shown(inScope, \.slippage.inYear))
    }

    /// One line of the cohort table: the whole cohort (`cohort` null) or one column, its plans, its share of
    /// the cohort in whole per cent, and its savings; all hidden together for a column of 1 to 5 plans.
    static func cohortRow(_ row: CohortRow, _ disclosure: Disclosure) -> JSONValue {
        let shown = disclosure.shows(children: row.children)
        var object = APIObject()
        object.add("cohort", .text(row.cohort?.rawValue))
        object.add("label", .string(row.label))
        object.add("plans", .int(row.children), shown: shown)
        object.add("share_percent", .int(row.sharePercent), shown: shown)
        for (name, value) in horizons(row.anticipated) { object.add(name, value, shown: shown) }
        object.add("realised_to_date", .money(row.realisedToDate), shown: shown)
        return object.json
    }

    /// A saving at the three horizons, as fields.
    static func horizons(_ saving: SavingHorizons) -> [(String, JSONValue)] {
        [
            ("in_year", .money(saving.inYear)), ("full_year", .money(saving.fullYear)),
            ("to_18", .money(saving.toEighteen)),
        ]
    }
}
