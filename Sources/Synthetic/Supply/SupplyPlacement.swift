import CareModel

/// One placement in the costs register that the council's own supply could hold: its price rows folded
/// into what finding its carer needs (when the child was there, how old they were, where they lived).
struct SupplyPlacement: Sendable {
    /// Which of the council's kinds of place the placement is.
    enum Setting: Sendable, Hashable {
        /// Fostering with the council's own carers (U4–U6 with a public provider).
        case inHouseFostering
        /// Fostering with family or friends (U1–U3): connected persons.
        case connected
        /// One of the council's children's homes (K2, R1, S1 with a public provider).
        case councilHome
        /// A registered children's home bought from the market (K2, on the external residential line).
        case externalHome
    }

    var key: PlacementKey
    var setting: Setting
    /// The day it ended; `nil` while it is open at the data end.
    var end: Day?
    /// First day to end day as day ordinals, both counted; an open placement runs to the day after the data end.
    var spell: ClosedRange<Int>
    /// The provider's Ofsted URN on its rows.
    var urn: String?
    /// The child's age on the first day.
    var age: Int
    /// Whether it became the child's long-term home with these carers (U4 or U1 on a row).
    var longTerm: Bool
    /// PL_POST: where the carers live, as the returns say.
    var postcode: String?
    /// Whether it ended with a special guardianship order to the carers.
    var endedInGuardianship: Bool

    var start: Day { key.start }

    /// The placements in `costs` the council's supply could hold, in start order (then child).
    static func gather(_ costs: [PlacementCostRow], facts: ReturnFacts, dataEnd: Day) -> [SupplyPlacement] {
        var order: [PlacementKey] = []
        var rowsByKey: [PlacementKey: [PlacementCostRow]] = [:]
        for row in costs {
            let key = PlacementKey(child: row.child, start: row.placementStart)
            if rowsByKey[key] == nil { order.append(key) }
            rowsByKey[key, default: []].append(row)
        }
        let placements = order.compactMap { key in
            make(key, rows: rowsByKey[key]!, facts: facts, dataEnd: dataEnd)
        }
        return placements.sorted { $0.key < $1.key }
    }

    /// The placement of `rows` (one placement's price rows), or `nil` when it is no kind of council place.
    static func make(
        _ key: PlacementKey, rows: [PlacementCostRow], facts: ReturnFacts, dataEnd: Day
    ) -> SupplyPlacement? {
        guard let setting = setting(of: rows) else { return nil }
        let end = rows[0].placementEnd
        return SupplyPlacement(
            key: key, setting: setting, end: end,
            spell: key.start.ordinal...(end ?? dataEnd.adding(days: 1)).ordinal,
            urn: rows.first { $0.urn != nil }?.urn, age: facts.age(of: key.child, on: key.start),
            longTerm: rows.contains { $0.place == .u4 || $0.place == .u1 }, postcode: facts.postcodes[key],
            endedInGuardianship: facts.endedInGuardianship(child: key.child, on: end))
    }

    /// The setting of the first row that has one: a placement with foster carers who become the child's
    /// adopters stays the household's, the adoption rows included.
    static func setting(of rows: [PlacementCostRow]) -> Setting? {
        for row in rows {
            let category = PlacementCategory(
                place: row.place, provider: row.providerType, year: FinancialYear(containing: row.effectiveFrom))
            switch category {
            case .fosteringInHouse: return .inHouseFostering
            case .fosteringRelativeFriend: return .connected
            case .residentialInHouse: return .councilHome
            case .residentialExternal
            where row.budgetLine == BudgetLineName.externalResidential && row.place == .k2:
                return .externalHome
            default: continue
            }
        }
        return nil
    }
}
