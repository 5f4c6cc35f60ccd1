import CareModel
import Foundation
import Testing

@testable import Storage

/// Every import is a version: undo puts back exactly what it replaced, in one transaction, and is refused
/// (changing nothing) when a later import or a closed month built on it.
@Suite("Import versions and undo")
struct ImportUndoTests {
    static func merge(_ store: HearthStore, _ histories: [ChildHistory], at seconds: Double) async throws -> Int? {
        try await store.careRecords.mergeImport(
            authorities: ["879"], importedAt: Date(timeIntervalSince1970: seconds)
        ) { _ in (histories, ImportReport()) }.id
    }

    @Test("returns: undo the latest first, each puts the children back", arguments: Backend.available)
    func returns(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            _ = try await Self.merge(store, [Fixtures.sparse], at: 1_000)
            var changed = Fixtures.sparse
            changed.episodes[0].end = Fixtures.day("2024-01-01")
            _ = try await Self.merge(store, [changed, Fixtures.full], at: 2_000)
            let versions = try await store.imports.versions(limit: 10)
            #expect(versions.map(\.id) == [2, 1] && versions.allSatisfy { $0.kind == .ssda903 })
            await #expect(throws: ImportUndoError.laterImport(1, later: 2)) {
                _ = try await store.imports.undo(1, at: Date(timeIntervalSince1970: 3_000))
            }
            _ = try await store.imports.undo(2, at: Date(timeIntervalSince1970: 3_000))
            #expect(try await store.careRecords.histories(authorities: nil) == [Fixtures.sparse])
            _ = try await store.imports.undo(1, at: Date(timeIntervalSince1970: 3_100))
            #expect(try await store.careRecords.histories(authorities: nil).isEmpty)
            await #expect(throws: ImportUndoError.alreadyUndone(1)) {
                _ = try await store.imports.undo(1, at: Date(timeIntervalSince1970: 3_200))
            }
            #expect(try await store.imports.versions(limit: 10).allSatisfy { $0.undoneAt != nil })
        }
    }

    @Test("costs register: undo restores the register exactly", arguments: Backend.available)
    func costs(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let first = [BudgetFixtures.sparse, BudgetFixtures.full].sorted { $0.child < $1.child }
            try await store.budget.replaceCosts(
                authority: "879", with: first, importedAt: Date(timeIntervalSince1970: 1))
            try await store.budget.replaceCosts(
                authority: "879", with: [BudgetFixtures.sparse], importedAt: Date(timeIntervalSince1970: 2))
            let latest = try #require(try await store.imports.versions(limit: 1).first)
            #expect(latest.kind == .costs && latest.summary.contains("2 placements before, 1 after"))
            _ = try await store.imports.undo(latest.id, at: Date(timeIntervalSince1970: 3))
            #expect(try await store.budget.costs(authority: "879") == first)
        }
    }

    @Test("a month closed after the import blocks its undo", arguments: Backend.available)
    func closedMonth(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.budget.replaceCosts(
                authority: "879", with: [BudgetFixtures.sparse], importedAt: Date(timeIntervalSince1970: 1))
            let period = try #require(Period(calendarMonth: "2024-11"))
            try await store.budget.closePeriod(
                authority: "879", period: period, forecastJSON: "{}", closedAt: Date(timeIntervalSince1970: 100))
            let id = try #require(try await store.imports.versions(limit: 1).first?.id)
            await #expect(throws: ImportUndoError.closedMonth(id, authority: "879", period: period.label)) {
                _ = try await store.imports.undo(id, at: Date(timeIntervalSince1970: 200))
            }
            #expect(try await store.budget.costs(authority: "879") == [BudgetFixtures.sparse])
        }
    }

    @Test("budget: undo puts the year's plan back, or removes a new one", arguments: Backend.available)
    func budget(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let year = FinancialYear(2024)
            try await store.budget.saveBudgetPlan(
                authority: "879", year: year, lines: BudgetFixtures.lines, budgets: BudgetFixtures.budgets())
            let smaller = Array(BudgetFixtures.budgets().prefix(1))
            try await store.budget.saveBudgetPlan(
                authority: "879", year: year, lines: BudgetFixtures.lines, budgets: smaller)
            let ids = try await store.imports.versions(limit: 2).map(\.id)
            _ = try await store.imports.undo(ids[0], at: Date())
            #expect(
                try await store.budget.budgetPlan(authority: "879", year: year)?.budgets == BudgetFixtures.budgets())
            _ = try await store.imports.undo(ids[1], at: Date())
            #expect(try await store.budget.budgetPlan(authority: "879", year: year) == nil)
        }
    }
}
