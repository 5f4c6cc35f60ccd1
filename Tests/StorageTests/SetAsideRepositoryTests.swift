import CareModel
import Foundation
import Testing

@testable import Storage

/// Set-aside rows are saved in the import's transaction, and later imports clear what they bring again or
/// supply.
@Suite("Set-aside rows")
struct SetAsideRepositoryTests {
    static func row(
        _ child: String, _ row: Int, year: Int = 2021, file: String = "2021/episodes.csv", start: String? = "2021-07-01"
    ) -> SetAsideRow {
        SetAsideRow(
            authority: "879", returnYear: year, file: file, row: row, field: "DEC", rule: "is before DECOM",
            child: child, kind: .episode, start: start)
    }

    static func importing(_ store: HearthStore, _ update: SetAsideUpdate) async throws {
        _ = try await store.careRecords.mergeImport(
            authorities: ["879"], importedAt: Date(timeIntervalSince1970: 0), setAside: update
        ) { _ in ([], ImportReport()) }
    }

    @Test("saved with the import; cleared by a return brought again, or a row supplied", arguments: Backend.available)
    func savedAndCleared(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let rows = [
                Self.row("1", 3), Self.row("3", 5), Self.row("4", 2, year: 2020, file: "2020/episodes.csv", start: nil),
            ]
            try await Self.importing(store, SetAsideUpdate(add: rows))
            #expect(try await store.careRecords.setAsideRows(limit: 10).map(\.row) == [2, 3, 5])
            #expect(try await store.careRecords.setAsideCount() == 3)
            // A valid episode of child 1 starting 2021-07-01 supplies the first row.
            let supplied = SetAsideUpdate.Record(authority: "879", child: "1", kind: .episode, start: "2021-07-01")
            try await Self.importing(store, SetAsideUpdate(clearRecords: [supplied]))
            #expect(try await store.careRecords.setAsideRows(limit: 10).map(\.child) == ["4", "3"])
            // The 2021 episodes return brought again (from any folder) replaces its set-aside rows.
            let again = SetAsideUpdate.Return(authority: "879", returnYear: 2021, fileName: "episodes.csv")
            try await Self.importing(store, SetAsideUpdate(clearReturns: [again]))
            let left = try await store.careRecords.setAsideRows(limit: 10)
            #expect(left.map(\.child) == ["4"], "\(left)")
        }
    }

    /// A store scoped to one authority reads and counts only that authority's rows.
    @Test("a scoped store sees only its authorities' rows", arguments: Backend.available)
    func scoped(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            var other = Self.row("9", 4)
            other.authority = "802"
            try await Self.importing(store, SetAsideUpdate(add: [Self.row("1", 3), other]))
            let scoped = store.scoped(to: .only(["879"]))
            #expect(try await scoped.careRecords.setAsideRows(limit: 10).map(\.authority) == ["879"])
            #expect(try await scoped.careRecords.setAsideCount() == 1)
            #expect(try await store.scoped(to: .noAuthority).careRecords.setAsideCount() == 0)
            #expect(try await store.careRecords.setAsideCount() == 2)
        }
    }
}
