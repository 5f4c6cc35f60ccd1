import CareModel
import Forecasting
import Storage

/// One line of the children list: a child in care on the data date, their home and its weekly cost.
struct ChildrenListRow: Sendable, Equatable {
    var key: ChildKey
    var age: Int
    var category: PlacementCategory
    /// The provider's name (or URN) from the costs register; `nil` when the register has no open placement.
    var provider: String?
    /// The net weekly cost on the data date from the register; `nil` when there is no price.
    var netWeekly: Money?
}

/// The children in care on the data date (as the overview counts them), filtered by an ID prefix.
struct ChildrenList: Sendable {
    var date: Day
    var rows: [ChildrenListRow]

    /// Rows shown on one page; the rest are reached with `page`.
    static let pageSize = 100

    /// Loads the list for `la` (all authorities when `nil`); `query` matches the start of the child's
    /// pseudonymous ID, ignoring case. `nil` when there is no SSDA903 data yet.
    static func load(store: HearthStore, la: AuthorityCode?, query: String, today: Day) async throws -> ChildrenList? {
        let histories = try await store.careRecords.histories(authorities: la.map { [$0] })
        guard let date = CareSummary.dataDate(of: histories, today: today) else { return nil }
        let prefix = query.trimmingCharacters(in: .whitespaces).lowercased()
        let inCare = histories.filter { history in
            guard let episode = history.episode(on: date), !episode.legalStatus.isShortBreak else { return false }
            return prefix.isEmpty || history.child.id.lowercased().hasPrefix(prefix)
        }.sorted { $0.key < $1.key }
        var register: [AuthorityCode: [ChildKey: [PlacementCost]]] = [:]
        for authority in Set(inCare.map(\.authority)) {
            register[authority] = Dictionary(grouping: try await store.budget.costs(authority: authority), by: \.child)
        }
        let rows = inCare.map { history in
            row(history, date: date, costs: register[history.authority]?[history.key] ?? [])
        }
        return ChildrenList(date: date, rows: rows)
    }

    static func row(_ history: ChildHistory, date: Day, costs: [PlacementCost]) -> ChildrenListRow {
        let episode = history.episode(on: date)!
        let cost = PlacementCost.open(in: costs, on: date)
        return ChildrenListRow(
            key: history.key, age: history.child.age(on: date), category: episode.category,
            provider: cost?.providerLabel,
            netWeekly: cost.flatMap { $0.grossWeekly(on: date) == nil ? nil : $0.netWeekly(on: date) })
    }
}
