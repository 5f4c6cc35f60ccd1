import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/scenarios and /api/v1/scenarios/compare: the authority's saved scenarios with their levers,
/// and one to four of them against the baseline month by month — as the Scenarios pages show them, from the
/// same kept comparison. Money is pounds, months YYYY-MM; children are expected numbers to one decimal, `null`
/// for a reader who may not see 1 to 5 (named in the month's `suppressed`).
enum APIScenarios {
    /// Every saved scenario of the authority: its id (for `compare?id=`), name, who saved it and when, and
    /// its levers.
    static func list(_ authority: AuthorityCode, _ saved: [StoredScenario], namesChildren: Bool) -> JSONValue {
        .object([
            ("authority", .string(authority)),
            ("scenarios", .array(saved.map { scenario($0, namesChildren: namesChildren) })),
        ])
    }

    static func scenario(_ stored: StoredScenario, namesChildren: Bool) -> JSONValue {
        .object(head(stored, namesChildren: namesChildren))
    }

    /// A saved scenario's first fields, in both answers.
    static func head(_ stored: StoredScenario, namesChildren: Bool) -> [(String, JSONValue)] {
        [
            ("id", .int(stored.id)), ("name", .string(stored.scenario.name)), ("owner", .string(stored.owner)),
            ("saved_at", .string(stored.savedAt.ISO8601Format())),
            ("levers", .array(stored.scenario.levers.map { APIScenarioLever.json($0, namesChildren: namesChildren) })),
        ]
    }

    /// The comparison: the baseline's months, then each scenario's totals and months.
    static func comparison(
        _ authority: AuthorityCode, _ comparison: ScenarioComparison, _ saved: [StoredScenario],
        namesChildren: Bool, disclosure: Disclosure
    ) -> JSONValue {
        let baseline = comparison.baseline
        let months: [JSONValue] = baseline.periods.indices.map { m in
            var object = APIObject()
            object.add("month", .string(baseline.periods[m].calendarMonthText))
            addCost(baseline.monthlyCost[m], baseline.costRange?[m], to: &object)
            addChildren(baseline.monthEndChildren[m], baseline.childrenRange?[m], to: &object, disclosure)
            return object.json
        }
        let scenarios: [JSONValue] = zip(saved, comparison.results).map { stored, result in
            .object(
                head(stored, namesChildren: namesChildren) + [
                    ("difference", .money(result.difference)), ("investment", .money(result.investment)),
                    ("break_even", .text(result.breakEven?.calendarMonthText)),
                    ("months", .array(result.months.map { month($0, disclosure) })),
                ])
        }
        return .object([
            ("authority", .string(authority)), ("start", .day(baseline.start)),
            ("months", .int(baseline.periods.count)),
            ("paths", .int(baseline.costRange == nil ? 0 : comparison.settings.paths)),
            ("baseline", .array(months)), ("scenarios", .array(scenarios)),
        ])
    }

    /// One month of a scenario: its cost with the likely range, the baseline's, the difference, what the
    /// levers invest, the net saving so far, and children by kind of home at the month end.
    static func month(_ month: ScenarioMonth, _ disclosure: Disclosure) -> JSONValue {
        var object = APIObject()
        object.add("month", .string(month.period.calendarMonthText))
        addCost(month.cost, month.costRange, to: &object)
        object.add("baseline_cost", .money(month.baselineCost))
        object.add("difference", .money(month.difference))
        object.add("investment", .money(month.investment))
        object.add("cumulative_net_saving", .money(month.cumulativeNetSaving))
        addChildren(month.children, month.childrenRange, to: &object, disclosure)
        return object.json
    }

    /// `cost`, `cost_low`, `cost_high` (the two `null` without a likely range).
    static func addCost(_ cost: Money, _ range: ClosedRange<Money>?, to object: inout APIObject) {
        object.add("cost", .money(cost))
        object.add("cost_low", .money(range?.lowerBound))
        object.add("cost_high", .money(range?.upperBound))
    }

    /// `fostering`, `residential`, `supported`, `other` and the likely range of all children in care
    /// (`children_low`, `children_high`), each hidden when it rounds to 1 to 5 for a reader who may not see so few.
    static func addChildren(
        _ counts: [Double], _ range: ClosedRange<Double>?, to object: inout APIObject, _ disclosure: Disclosure
    ) {
        for (k, category) in DemandCategory.inCare.enumerated() {
            let count = k < counts.count ? counts[k] : 0
            object.add(
                APIScenarioLever.code(category), .decimal(count, places: 1), shown: disclosure.shows(expected: count))
        }
        let low = range.map { JSONValue.decimal($0.lowerBound, places: 1) } ?? .null
        let high = range.map { JSONValue.decimal($0.upperBound, places: 1) } ?? .null
        let shown = range.map { disclosure.shows(expected: $0.lowerBound) } ?? true
        object.add("children_low", low, shown: shown)
        object.add("children_high", high, shown: shown)
    }
}
