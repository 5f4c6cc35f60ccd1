import CareModel
import Foundation
import Interchange
import Storage

/// One import of a placement budget, the same from the command line and the browser: `read` validates the
/// file, then `save` replaces each authority's lines and budgets for each year in the file.
public struct BudgetImport: Sendable {
    /// One authority's budget for one year, as saved.
    public struct Saved: Sendable {
        public var authority: AuthorityCode
        public var year: FinancialYear
        public var lines: Int
        public var budgetedChildren: Int
        public var total: Money
    }

    public var file: ImportFile
    /// The authority named by the person (`--la`, or the form); `nil` lets rows without an `la` column
    /// belong to the only authority in the store.
    public var authority: AuthorityCode?

    public init(file: ImportFile, authority: AuthorityCode?) {
        self.file = file
        self.authority = authority
    }

    /// Reads and validates the file; nothing is stored.
    ///
    /// - Throws: `FileReadFailure` with every problem in the file.
    public func read() throws(FileReadFailure) -> BudgetPlan {
        let reader = BudgetReader(), fallback = authority ?? CostsImport.unnamed
        switch file {
        case .path(let path): return try reader.read(path: path, defaultAuthority: fallback)
        case .sent(let sent): return try reader.read(bytes: sent.contents, file: sent.name, defaultAuthority: fallback)
        }
    }

    /// Saves each authority's budget for each year (one transaction each, in authority then year order),
    /// writing an audit entry for each.
    ///
    /// - Throws: `AuthorityChoiceError` when rows name no authority, none was given and the store does not
    ///   hold exactly one; storage errors.
    public func save(_ plan: BudgetPlan, to store: HearthStore, by actor: ImportActor) async throws -> [Saved] {
        let groups = try await owned(plan, in: store)
        var saved: [Saved] = []
        for (key, owned) in groups {
            try await store.budget.saveBudgetPlan(
                authority: key.authority, year: key.year, lines: plan.lines, budgets: owned)
            try await store.audit.append(
                actor.auditEntry("\(key.year.label) budget for \(key.authority) from \(file.name)"))
            saved.append(
                Saved(
                    authority: key.authority, year: key.year, lines: owned.count,
                    budgetedChildren: owned.reduce(0) { $0 + $1.budgetedChildren },
                    total: owned.reduce(Money.zero) { $0 + $1.budget }))
        }
        return saved
    }

    /// The file's budgets per authority and year, in that order, each owned by its authority (rows that named
    /// none go to the only authority in the store).
    func owned(_ plan: BudgetPlan, in store: HearthStore) async throws -> [(PlanKey, [LineBudget])] {
        var fallback: AuthorityCode?
        if authority == nil, plan.budgets.contains(where: { $0.authority == CostsImport.unnamed }) {
            fallback = try await AuthorityChoice.resolve(nil, in: store)
        }
        let groups = Dictionary(grouping: plan.budgets) { budget in
            PlanKey(
                authority: fallback.flatMap { budget.authority == CostsImport.unnamed ? $0 : nil } ?? budget.authority,
                year: budget.year)
        }
        return groups.sorted { ($0.key.authority, $0.key.year) < ($1.key.authority, $1.key.year) }.map { key, budgets in
            (
                key,
                budgets.map {
                    var b = $0; b.authority = key.authority; return b
                }
            )
        }
    }
}

/// One authority's budget for one year: the unit `saveBudgetPlan` replaces.
struct PlanKey: Hashable {
    var authority: AuthorityCode
    var year: FinancialYear
}
