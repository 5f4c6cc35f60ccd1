import CareModel
import CouncilTasks
import Foundation
import Storage

/// A temporary SQLite store for the fuzz tests, and a snapshot of everything an import can change in it, to
/// compare before and after an import that was refused.
enum FuzzStore {
    /// Who the fuzz imports are by, at a fixed time, so that nothing in a snapshot depends on the clock.
    static let actor = ImportActor(username: "cli:fuzz", time: Date(timeIntervalSince1970: 1_733_011_200))

    /// Opens a new SQLite file holding authority 879's returns (so rows that name no authority have one to go
    /// to, as on a council's server), runs `body`, and removes the file.
    static func withStore(_ body: (HearthStore) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-fuzz-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try await HearthStore.openMigrated(.sqlite(path: path))
        do {
            let returns = SSDA903Import(files: .sent(FuzzCorpus.returns), defaultAuthority: FuzzCorpus.authority)
            _ = try await returns.save(try returns.read(), to: store, by: actor)
            try await body(store)
        } catch {
            await close(store)
            throw error
        }
        await close(store)
    }

    /// Shuts the store down under the hang guard: a store whose import hung (already reported as a failure) would
    /// never finish closing, since closing waits for the calls before it.
    static func close(_ store: HearthStore) async {
        _ = await FuzzGuard.finishing(within: FuzzSettings.hangLimit) { try? await store.shutdown() }
    }

    /// Everything an import can change: the data version (which every write of care records, costs or budgets
    /// moves on, so it also covers authorities and years not read back here), the audit log's length, the import
    /// runs, every child's history, and each known authority's costs register and budgets for the corpus's years.
    struct Content: Equatable, CustomStringConvertible {
        struct Budget: Equatable {
            var lines: BudgetLineSet
            var budgets: [LineBudget]
        }

        var dataVersion: Int64?
        var auditEntries: Int
        var importRuns: [ImportRun]
        var histories: [ChildHistory]
        var registers: [[PlacementCost]]
        var budgets: [Budget?]

        /// Counts only: enough to see what changed, where the whole content would bury the failure message.
        var description: String {
            let version = dataVersion.map { String($0) } ?? "none"
            let placements = registers.reduce(0) { $0 + $1.count }
            return "data version \(version), \(auditEntries) audit entries, \(importRuns.count) import runs, "
                + "\(histories.count) children, \(placements) costed placements, "
                + "\(budgets.compactMap { $0 }.count) budgets"
        }
    }

    static func content(of store: HearthStore) async throws -> Content {
        let stored = try await store.careRecords.authorities()
        // "LA" is what rows that name no authority are filed under before one is chosen.
        let authorities = Set(stored + [FuzzCorpus.authority, "LA"]).sorted()
        var registers: [[PlacementCost]] = [], budgets: [Content.Budget?] = []
        for authority in authorities {
            registers.append(try await store.budget.costs(authority: authority))
            for year in FuzzCorpus.budgetYears {
                let plan = try await store.budget.budgetPlan(authority: authority, year: year)
                budgets.append(plan.map { Content.Budget(lines: $0.lines, budgets: $0.budgets) })
            }
        }
        let version = await store.dataVersion()
        let auditEntries = try await store.audit.count()
        let importRuns = try await store.careRecords.importRuns()
        let histories = try await store.careRecords.histories(authorities: nil)
        return Content(
            dataVersion: version, auditEntries: auditEntries, importRuns: importRuns, histories: histories,
            registers: registers, budgets: budgets)
    }
}
