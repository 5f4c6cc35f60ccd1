import CareModel
import CouncilTasks
import Foundation
import Logging
import Storage
import Testing

/// Choosing the authority a task acts for, against a real SQLite file: the one named wins; otherwise
/// the only one held; with none or several, an error that says which.
@Suite("Choosing an authority")
struct AuthorityChoiceTests {
    static func child(_ authority: AuthorityCode, _ id: String) -> ChildHistory {
        ChildHistory(
            authority: authority, child: Child(id: id, sex: .female, dateOfBirth: Day(iso: "2012-05-01")!),
            episodes: [
                Episode(childID: id, start: Day(iso: "2023-04-01")!, reasonNew: .s, legalStatus: .v2, place: .u4)
            ])
    }

    /// A new SQLite file holding children of `authorities`.
    static func withStore(holding authorities: [AuthorityCode], _ body: (HearthStore) async throws -> Void) async throws
    {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("choice-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await HearthStore.using(DatabaseLocation(path)) { store in
            let children = authorities.map { child($0, "C-\($0)") }
            if !children.isEmpty {
                _ = try await store.careRecords.saveImport(
                    children, report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
            }
            try await body(store)
        }
    }

    @Test func theNamedAuthorityWinsWithoutLookingAtTheData() async throws {
        try await Self.withStore(holding: []) { store in
            let named = try await AuthorityChoice.resolve("879", in: store)
            let only = try await AuthorityChoice.only(in: store)
            #expect(named == "879")
            #expect(only == nil)
        }
    }

    @Test func theOnlyAuthorityIsChosen() async throws {
        try await Self.withStore(holding: ["802"]) { store in
            let chosen = try await AuthorityChoice.resolve(nil, in: store)
            let only = try await AuthorityChoice.only(in: store)
            #expect(chosen == "802")
            #expect(only == "802")
        }
    }

    @Test func noneOrSeveralIsAnErrorNamingThem() async throws {
        try await Self.withStore(holding: []) { store in
            await #expect(throws: AuthorityChoiceError.noData(database: store.location.displayName)) {
                try await AuthorityChoice.resolve(nil, in: store)
            }
        }
        try await Self.withStore(holding: ["802", "879"]) { store in
            let expected = AuthorityChoiceError.severalAuthorities(
                database: store.location.displayName, authorities: ["802", "879"])
            await #expect(throws: expected) { try await AuthorityChoice.resolve(nil, in: store) }
            #expect(expected.description.contains("2 authorities (802, 879)"))
        }
    }
}
