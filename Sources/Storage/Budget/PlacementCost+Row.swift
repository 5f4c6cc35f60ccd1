import CareModel
import SQLKit

/// How a register entry is stored: `placement_costs`, with its rates in `placement_rates` and its
/// contributions in `placement_contributions`, all keyed by authority, child and placement start. `carer` is
/// the household or home (see `Migration.supply`) the child lives with, when the register names one.
extension PlacementCost {
    static let columns = [
        "authority", "child_id", "placement_start", "placement_end", "planned_end", "place",
        "provider_type", "provider_urn", "provider_name", "registration", "route", "budget_line",
        "continues_past_18", "carer",
    ]
    static let rateColumns = ["authority", "child_id", "placement_start", "effective_from", "weekly_pence", "change"]
    static let contributionColumns = [
        "authority", "child_id", "placement_start", "position", "source", "detail",
        "weekly_pence", "from_day", "through_day",
    ]

    private var keyValues: [StoredValue] { [.text(child.authority), .text(child.child), .text(placementStart.iso)] }

    func appendRow(to values: inout [StoredValue]) {
        values += keyValues
        values += [
            StoredValue(placementEnd?.iso), StoredValue(plannedEnd?.iso), StoredValue(place?.code),
            StoredValue(providerType?.code), StoredValue(providerURN), StoredValue(providerName),
            StoredValue(registration?.rawValue), StoredValue(route?.rawValue), StoredValue(budgetLine),
            .integer(continuesPast18 ? 1 : 0), StoredValue(carer),
        ]
    }

    func appendRateRows(to values: inout [StoredValue]) {
        for rate in rates {
            values += keyValues
            values += [.text(rate.effectiveFrom.iso), .integer(Int(rate.weekly.pence)), .text(rate.change.rawValue)]
        }
    }

    func appendContributionRows(to values: inout [StoredValue]) {
        for (position, contribution) in contributions.enumerated() {
            values += keyValues
            values += [
                .integer(position), .text(contribution.source.rawValue), StoredValue(contribution.detail),
                .integer(Int(contribution.weekly.pence)), .text(contribution.from.iso),
                StoredValue(contribution.through?.iso),
            ]
        }
    }

    /// Reads an entry from a `placement_costs` row, with its rates and contributions read separately.
    init(row: any SQLRow, rates: [WeeklyRate], contributions: [Contribution]) throws {
        self.init(
            child: ChildKey(authority: try row.text("authority"), child: try row.text("child_id")),
            placementStart: try row.day("placement_start"), placementEnd: try row.optionalDay("placement_end"),
            plannedEnd: try row.optionalDay("planned_end"), place: try row.optionalCode("place"),
            providerType: try row.optionalCode("provider_type"), providerURN: try row.optionalText("provider_urn"),
            providerName: try row.optionalText("provider_name"), registration: try row.optionalCode("registration"),
            route: try row.optionalCode("route"), budgetLine: try row.optionalText("budget_line"), rates: rates,
            contributions: contributions,
            continuesPast18: try row.decode(column: "continues_past_18", as: Int.self) != 0,
            carer: try row.optionalText("carer"))
    }
}

extension WeeklyRate {
    init(row: any SQLRow) throws {
        self.init(
            effectiveFrom: try row.day("effective_from"), weekly: Money(pence: try row.pence("weekly_pence")),
            change: try row.code("change"))
    }
}

extension Contribution {
    init(row: any SQLRow) throws {
        self.init(
            source: try row.code("source"), detail: try row.optionalText("detail"),
            weekly: Money(pence: try row.pence("weekly_pence")), from: try row.day("from_day"),
            through: try row.optionalDay("through_day"))
    }
}

extension SQLRow {
    /// A whole-pence amount from a BIGINT column.
    func pence(_ column: String) throws -> Int64 {
        try decode(column: column, as: Int64.self)
    }

    /// An amount from a nullable whole-pence column; `nil` when none was recorded.
    func optionalMoney(_ column: String) throws -> Money? {
        try decodeNil(column: column) ? nil : Money(pence: pence(column))
    }
}
