import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/sufficiency: the sufficiency gap for one authority, as the page shows it — the rules and
/// inputs it was worked out from, then each month end and kind of the council's own homes with the children
/// expected to need one, the places expected, the shortfall and its cost. Aggregates only. For a reader who
/// may not see small numbers, a month whose demand or shortfall rounds to 1 to 5 has both, and the cost,
/// `null` (`SufficiencyDisclosure`), and so does any total that would add them up.
enum APISufficiency {
    static func json(_ report: SufficiencyReport, _ disclosure: Disclosure = .full) -> JSONValue {
        let privacy = SufficiencyDisclosure(disclosure)
        var object = APIObject()
        object.add("authority", .string(report.authority))
        object.add("start", .day(report.start))
        object.add("rules", rules(report.rules))
        object.add("inputs", inputs(report.inputs))
        object.add("rows", .array(report.rows.map { row($0, privacy) }))
        object.add("total_cost", .money(report.totalCost), shown: !privacy.hidesAny(report.rows))
        object.add("where_children_live", .array(report.whereChildrenLive.map { place($0, disclosure) }))
        return object.json
    }

    /// Where the children in care lived at one month end: counts, each hidden as a count is for a reader who
    /// may not see small numbers.
    static func place(_ row: WhereChildrenLive, _ disclosure: Disclosure) -> JSONValue {
        var object = APIObject()
        object.add("month", .day(row.month))
        for (name, count) in [
            ("children", row.children), ("family_based", row.familyBased), ("commissioned", row.commissioned),
            ("farther_than_20_miles", row.fartherThan20Miles), ("distance_known", row.distanceKnown),
        ] {
            object.add(name, .int(count), shown: disclosure.shows(children: count))
        }
        return object.json
    }

    static func rules(_ rules: SufficiencyRules) -> JSONValue {
        .object([
            ("months", .int(rules.months)), ("registration_delay_days", .int(rules.registrationDelayDays)),
            ("default_places_per_approval", .decimal(rules.defaultPlacesPerApproval)),
        ])
    }

    /// The inputs as the page's table lists them; those that change by month, month by month.
    static func inputs(_ inputs: SufficiencyInputs) -> JSONValue {
        let monthly: [JSONValue] = inputs.months.indices.map { i in
            .object([
                ("month", .day(inputs.months[i])),
                ("expected_approvals", .decimal(i < inputs.expectedApprovals.count ? inputs.expectedApprovals[i] : 0)),
                ("council_beds", .int(i < inputs.councilBeds.count ? inputs.councilBeds[i] : 0)),
            ])
        }
        return .object([
            ("kinship_share", .decimal(inputs.kinshipShare, places: 4)),
            ("in_house_share", .decimal(inputs.inHouseShare, places: 4)),
            ("council_residential_share", .decimal(inputs.councilResidentialShare, places: 4)),
            ("kinship_places", .int(inputs.kinshipPlaces)), ("in_house_places", .int(inputs.inHousePlaces)),
            ("places_per_approval", .decimal(inputs.placesPerApproval)),
            ("yearly_resignation_rate", .decimal(inputs.monthlyResignationRate * 12, places: 4)),
            ("agency_fostering_weekly", .money(inputs.agencyFosteringWeekly)),
            ("external_residential_weekly", .money(inputs.externalResidentialWeekly)),
            ("monthly", .array(monthly)),
        ])
    }

    /// One kind of home at one month end.
    static func row(_ row: SufficiencyGap.Row, _ privacy: SufficiencyDisclosure) -> JSONValue {
        let shown = !privacy.hides(row)
        var object = APIObject()
        object.add("month", .day(row.month))
        object.add("kind", .string(row.kind.rawValue))
        object.add("label", .string(row.kind.label))
        object.add("demand", .decimal(row.demand), shown: shown)
        object.add("supply", .decimal(row.supply))
        object.add("shortfall", .decimal(row.shortfall), shown: shown)
        object.add("cost", .money(row.cost), shown: shown)
        return object.json
    }
}
