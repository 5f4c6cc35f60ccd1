import CareModel

/// One placement in the costs register as the programmes read it: the child, its first and end days, and
/// its price rows in day order, so its kind of home and weekly cost on any day can be looked up.
struct ProgrammeStay: Sendable {
    var child: String
    var start: Day
    /// The day it ended; `nil` while it is open at the data end.
    var end: Day?
    /// The placement's price rows, by `effectiveFrom`.
    var rows: [PlacementCostRow]

    /// Whether the child lives here on `day`, as the returns count it: from the first day up to, not
    /// including, the end day.
    func isOpen(on day: Day) -> Bool { start <= day && (end.map { day < $0 } ?? true) }

    /// The row in force on `day`: the last one starting on or before it, else the first.
    func row(on day: Day) -> PlacementCostRow { rows.last { $0.effectiveFrom <= day } ?? rows[0] }

    /// The kind of home on `day`, from the PLACE and provider of the row in force.
    func category(on day: Day) -> PlacementCategory {
        let row = row(on: day)
        return PlacementCategory(
            place: row.place, provider: row.providerType, year: FinancialYear(containing: row.effectiveFrom))
    }

    /// The weekly price on `day`.
    func weekly(on day: Day) -> Money { row(on: day).weeklyCost }

    /// Every placement in `costs`, by child then first day.
    static func gather(_ costs: [PlacementCostRow]) -> [ProgrammeStay] {
        var order: [PlacementKey] = []
        var rowsByKey: [PlacementKey: [PlacementCostRow]] = [:]
        for row in costs {
            let key = PlacementKey(child: row.child, start: row.placementStart)
            if rowsByKey[key] == nil { order.append(key) }
            rowsByKey[key, default: []].append(row)
        }
        let stays = order.map { key in
            let rows = rowsByKey[key]!.sorted { $0.effectiveFrom < $1.effectiveFrom }
            return ProgrammeStay(child: key.child, start: key.start, end: rows[0].placementEnd, rows: rows)
        }
        return stays.sorted { ($0.child, $0.start) < ($1.child, $1.start) }
    }
}
