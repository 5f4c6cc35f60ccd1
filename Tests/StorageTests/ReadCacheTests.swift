import CareModel
import Foundation
import Logging
import Testing

@testable import Storage

@Suite("Reads kept while the data version stands")
struct ReadCacheTests {
    /// Every write the pages depend on moves the version on: an import, a costs register, a budget, a
    /// closed month (4 writes → 4 more than the start).
    @Test("every write moves the data version on", arguments: Backend.available)
    func writesMoveTheVersion(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let start = try #require(await store.dataVersion())
            _ = try await store.careRecords.saveImport(
                Fixtures.all, report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
            try await store.budget.replaceCosts(
                authority: "879", with: [BudgetFixtures.full], importedAt: Date(timeIntervalSince1970: 0))
            try await store.budget.saveBudgetPlan(
                authority: "879", year: FinancialYear(2024), lines: BudgetFixtures.lines,
                budgets: BudgetFixtures.budgets())
            try await store.budget.closePeriod(
                authority: "879", period: Period(year: FinancialYear(2024), number: 8)!,
                forecastJSON: "{}", closedAt: Date(timeIntervalSince1970: 0))
            #expect(await store.dataVersion() == start + 4)
            // A refused write (the month is already closed) is rolled back with its version change.
            await #expect(throws: StorageError.self) {
                try await store.budget.closePeriod(
                    authority: "879", period: Period(year: FinancialYear(2024), number: 8)!,
                    forecastJSON: "{}", closedAt: Date(timeIntervalSince1970: 0))
            }
            #expect(await store.dataVersion() == start + 4)
        }
    }

    /// A second store on the same database stands for another process (`hearth import` while `hearth
    /// serve` runs): what it writes is seen by the first store's next read, though the first had kept
    /// its earlier reads.
    @Test("another process's write is seen at once", arguments: Backend.available)
    func anotherProcessIsSeen(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            _ = try await store.careRecords.saveImport(
                [Fixtures.sparse], report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
            #expect(try await store.careRecords.histories(authorities: nil).map(\.child.id) == ["A1"])
            #expect(try await store.budget.costs(authority: "879").isEmpty)
            let other = try await HearthStore.open(store.location, logger: Logger(label: "other"))
            _ = try await other.careRecords.saveImport(
                [Fixtures.full], report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
            try await other.budget.replaceCosts(
                authority: "879", with: [BudgetFixtures.sparse], importedAt: Date(timeIntervalSince1970: 0))
            try await other.shutdown()
            #expect(try await store.careRecords.histories(authorities: nil).map(\.child.id) == ["A1", "B2"])
            #expect(try await store.careRecords.histories(authorities: ["879"]) == [Fixtures.sparse, Fixtures.full])
            #expect(try await store.budget.costs(authority: "879") == [BudgetFixtures.sparse])
        }
    }

    /// Kept values are handed back for the same version and dropped for a new one.
    @Test func keptForTheSameVersionOnly() async throws {
        let cache = ReadCache()
        let loads = Counter()
        let load: @Sendable () async throws -> Int = { await loads.next() }
        #expect(try await cache.value("k", version: 1, load: load) == 1)
        #expect(try await cache.value("k", version: 1, load: load) == 1)  // kept: no second load
        #expect(try await cache.value("k", version: 2, load: load) == 2)  // new version: loaded again
        #expect(await loads.count == 2)
        // A kept nil is a value too: asked again, nil comes back without loading.
        let optional: @Sendable () async throws -> String? = {
            _ = await loads.next(); return nil
        }
        #expect(try await cache.value("none", version: 2, load: optional) == nil)
        #expect(try await cache.value("none", version: 2, load: optional) == nil)
        #expect(await loads.count == 3)
        // An optional asked for where none was kept is loaded, not taken for a kept nil.
        #expect(
            try await cache.value("other", version: 2, load: { () async throws -> String? in "loaded" }) == "loaded")
    }

    actor Counter {
        var count = 0
        func next() -> Int { count += 1; return count }
    }
}
