import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/fostering: one authority's foster care on the day its data runs to, as the page shows it —
/// each household's places, children placed, places on hold and vacancies (its postcode sector only, never
/// the full postcode), totals in all and by kind, the year's void place-days by reason, the recruitment
/// funnel by financial year with its conversions and lags, the approvals expected over the next 12 months,
/// and the year's net change in households against the `target`. Not for the read-only role.
enum APIFostering {
    static func json(_ report: FosteringReport) -> JSONValue {
        let households = Dictionary(report.households.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let occupancy = report.occupancy
        return .object([
            ("authority", .string(report.authority)), ("date", .day(report.day)),
            ("households", .array(occupancy.rows.map { household($0, households[$0.household], on: report.day) })),
            ("totals", totals(occupancy.total)),
            ("by_kind", .array(HouseholdKind.allCases.map { byKind($0, occupancy.totals(of: $0)) })),
            ("unknown_carers", .array(unknownCarers(occupancy.unknownCarers))),
            ("voids", voids(report.voids)),
            ("funnel", APIFunnel.json(report)),
            ("forecast", APIFunnel.forecast(report.forecast)),
            ("net_change", APIFunnel.netChange(report.netChange)),
        ])
    }

    static func household(_ row: HouseholdOccupancy.Row, _ household: Household?, on day: Day) -> JSONValue {
        let status = household?.status(on: day)
        return .object([
            ("reference", .string(row.household)), ("kind", .string(row.kind.rawValue)),
            ("postcode_sector", .text(household?.postcodeSector)), ("status", .text(status?.status.rawValue)),
            ("status_reason", .text(status?.reason?.rawValue)), ("places", .int(row.places)),
            ("placed", .int(row.placed)), ("on_hold", .int(row.onHold)), ("vacancies", .int(row.vacancies)),
            ("overfilled", .bool(row.overfilled)),
        ])
    }

    /// The counts of a set of households, as the page's headline and tables give them.
    static func counts(_ totals: HouseholdOccupancy.Totals) -> [(String, JSONValue)] {
        [
            ("households", .int(totals.households)), ("places", .int(totals.places)), ("placed", .int(totals.placed)),
            ("on_hold", .int(totals.onHold)), ("vacancies", .int(totals.vacancies)),
            ("overfilled", .int(totals.overfilled)),
        ]
    }

    static func totals(_ totals: HouseholdOccupancy.Totals) -> JSONValue { .object(counts(totals)) }

    static func byKind(_ kind: HouseholdKind, _ totals: HouseholdOccupancy.Totals) -> JSONValue {
        let named: [(String, JSONValue)] = [("kind", .string(kind.rawValue)), ("label", .string(kind.label))]
        return .object(named + counts(totals))
    }

    /// Register entries naming a carer that is neither a household nor a home: how many per carer reference.
    static func unknownCarers(_ entries: [PlacementCost]) -> [JSONValue] {
        let byCarer = Dictionary(grouping: entries.compactMap(\.carer), by: { $0 })
        return byCarer.keys.sorted().map { carer -> JSONValue in
            .object([("carer", .string(carer)), ("placements", .int(byCarer[carer]?.count ?? 0))])
        }
    }

    static func voids(_ voids: VoidDays) -> JSONValue {
        .object([
            ("first", .day(voids.first)), ("last", .day(voids.last)), ("total", .int(voids.total)),
            (
                "by_reason",
                .array(
                    voids.byReason.keys.sorted().map { reason -> JSONValue in
                        .object([("reason", .string(reason.label)), ("place_days", .int(voids.byReason[reason] ?? 0))])
                    })
            ),
        ])
    }
}
