import CareModel
import CouncilTasks
import Forecasting

/// GET /api/v1/homes: one authority's children's homes and block contracts on the day its data runs to, as
/// the page shows them — beds, children placed, empty beds, registration and block price (never a home's
/// address) — and, for each of the 12 months to that day, bed-days, empty bed-days and the cost of empty
/// block beds, in all and home by home; last, the market around the authority (`APIHomesMarket`). Not for
/// the read-only role.
enum APIHomes {
    static func json(_ report: HomesReport, market: JSONValue) -> JSONValue {
        let homes = Dictionary(report.homes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [JSONValue] = report.occupancy.compactMap { occupancy in
            homes[occupancy.home].map { home(occupancy, $0) }
        }
        let months: [JSONValue] = report.months.map { month in self.month(month.month, month.homes, day: report.day) }
        return .object([
            ("authority", .string(report.authority)), ("date", .day(report.day)), ("homes", .array(rows)),
            ("months", .array(months)), ("empty_block_cost", .money(report.emptyBlockCost)), ("market", market),
        ])
    }

    static func home(_ occupancy: HomeOccupancy, _ home: ChildrensHome) -> JSONValue {
        .object([
            ("reference", .string(home.id)), ("name", .string(home.name)), ("kind", .string(home.kind.rawValue)),
            ("beds", .int(occupancy.beds)), ("placed", .int(occupancy.placed)),
            ("empty_beds", .int(occupancy.emptyBeds)), ("overfilled", .bool(occupancy.overfilled)),
            ("urn", .text(home.urn)), ("registered", .day(home.registered)),
            ("planned_opening", .day(home.plannedOpening)), ("registration_stage", .text(home.registrationStage)),
            ("weekly_bed_price", .money(home.kind == .block ? home.weeklyBedPrice : nil)),
            ("contract_start", .day(home.contractStart)), ("contract_end", .day(home.contractEnd)),
        ])
    }

    /// One month (the page's month up to its day): totals over the homes, then each home.
    static func month(_ first: Day, _ homes: [HomeOccupancy.Month], day: Day) -> JSONValue {
        let each: [JSONValue] = homes.map { home in
            .object([
                ("reference", .string(home.home)), ("bed_days", .int(home.bedDays)),
                ("empty_bed_days", .int(home.emptyBedDays)), ("empty_bed_cost", .money(home.emptyBedCost)),
            ])
        }
        let bedDays = homes.reduce(0) { $0 + $1.bedDays }, emptyBedDays = homes.reduce(0) { $0 + $1.emptyBedDays }
        return .object([
            ("month", .string(String(first.iso.prefix(7)))), ("first", .day(first)),
            ("last", .day(min(first.endOfMonth, day))), ("bed_days", .int(bedDays)),
            ("empty_bed_days", .int(emptyBedDays)), ("empty_bed_cost", .money(HomesPage.cost(homes))),
            ("homes", .array(each)),
        ])
    }
}
