import CareModel

/// Column names of household-statuses.csv (see `HouseholdRegisterReader`).
enum HouseholdStatusColumns {
    static let household = "household", from = "from", status = "status"
    static let required = [household, from, status]
    static let reason = "reason", placesOnHold = "places_on_hold"
    static let authority = ["la", "authority"]
    /// Every column, in the order `SupplyCSVWriter` writes them.
    static let all = required + [reason, placesOnHold, "la"]
}

/// One row of household-statuses.csv read and checked on its own: which household, the change, and the
/// row it came from. Whether the household exists, and has as many places as are on hold, is checked
/// against households.csv afterwards (`HouseholdRegisterBuilder`).
struct HouseholdStatusRow {
    var row: Int
    var household: RegisterKey
    var change: HouseholdStatusChange
}

extension HouseholdStatusRow {
    typealias C = HouseholdStatusColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> HouseholdStatusRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let id = r.required(C.household)
        let from = r.day(C.from, required: true)
        let status = r.choice(C.status, "a household status", required: true, as: HouseholdStatus.self)
        let reason = r.choice(C.reason, "a status reason", as: HouseholdStatusReason.self)
        let onHold = r.whole(C.placesOnHold, in: HouseholdColumns.placeRange)
        if let status, status != .onHold, r.isGiven(C.placesOnHold) {
            r.problem(C.placesOnHold, "is only given when the status is \(HouseholdStatus.onHold.rawValue)")
        }
        guard r.problems.isEmpty, let id, let from, let status else { return nil }
        return HouseholdStatusRow(
            row: r.row, household: RegisterKey(authority: authority, id: id),
            change: HouseholdStatusChange(day: from, status: status, reason: reason, placesOnHold: onHold))
    }
}
