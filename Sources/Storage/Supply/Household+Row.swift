import CareModel
import SQLKit

/// How a foster household is stored: `households`, with its status changes in `household_statuses`, both
/// keyed by authority and household reference.
extension Household {
    static let columns = [
        "authority", "household_id", "kind", "approved", "places", "youngest", "oldest", "terms",
        "supervising_team", "constellation", "postcode", "weekly_fee_pence", "weekly_allowance_pence",
    ]
    static let statusColumns = ["authority", "household_id", "from_day", "status", "reason", "places_on_hold"]

    func appendRow(to values: inout [StoredValue]) {
        values += [
            .text(authority), .text(id), .text(kind.rawValue), .text(approved.iso), .integer(places),
            StoredValue(number: youngest), StoredValue(number: oldest),
            .text(terms.map(\.rawValue).sorted().joined(separator: ";")), StoredValue(supervisingTeam),
            StoredValue(constellation), StoredValue(postcode), StoredValue(number: weeklyFee.map { Int($0.pence) }),
            StoredValue(number: weeklyAllowance.map { Int($0.pence) }),
        ]
    }

    func appendStatusRows(to values: inout [StoredValue]) {
        for change in statuses {
            values += [
                .text(authority), .text(id), .text(change.day.iso), .text(change.status.rawValue),
                StoredValue(change.reason?.rawValue), StoredValue(number: change.placesOnHold),
            ]
        }
    }

    /// Reads a household from a `households` row, with its status changes read separately.
    init(row: any SQLRow, statuses: [HouseholdStatusChange]) throws {
        self.init(
            authority: try row.text("authority"), id: try row.text("household_id"), kind: try row.code("kind"),
            approved: try row.day("approved"), places: try row.decode(column: "places", as: Int.self),
            youngest: try row.optionalInteger("youngest"), oldest: try row.optionalInteger("oldest"),
            terms: try row.codeSet("terms"), supervisingTeam: try row.optionalText("supervising_team"),
            constellation: try row.optionalText("constellation"), postcode: try row.optionalText("postcode"),
            weeklyFee: try row.optionalMoney("weekly_fee_pence"),
            weeklyAllowance: try row.optionalMoney("weekly_allowance_pence"), statuses: statuses)
    }
}

extension HouseholdStatusChange {
    /// Reads a change from a `household_statuses` row.
    init(row: any SQLRow) throws {
        self.init(
            day: try row.day("from_day"), status: try row.code("status"), reason: try row.optionalCode("reason"),
            placesOnHold: try row.optionalInteger("places_on_hold"))
    }
}
