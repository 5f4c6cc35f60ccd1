import CareModel
import Foundation
import Testing

@testable import Storage

/// Supply imports are import versions: undo puts back the register each replaced, latest first.
@Suite("Supply import undo")
struct SupplyUndoTests {
    typealias F = SupplyFixtures

    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    @Test("households: undo the latest first, each puts the previous households back", arguments: Backend.available)
    func households(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(
                authority: "879", with: [F.full, F.sparse], importedAt: Self.at(1))
            try await store.supply.replaceHouseholds(authority: "879", with: [F.sparse], importedAt: Self.at(2))
            let versions = try await store.imports.versions(limit: 10)
            #expect(versions.map(\.kind) == [.households, .households] && versions[0].authorities == ["879"])
            #expect(versions[0].summary.contains("2 households before, 1 after"))
            await #expect(throws: ImportUndoError.laterImport(versions[1].id, later: versions[0].id)) {
                _ = try await store.imports.undo(versions[1].id, at: Self.at(3))
            }
            _ = try await store.imports.undo(versions[0].id, at: Self.at(3))
            #expect(try await store.supply.households(authorities: nil) == [F.sparse, F.full])
            _ = try await store.imports.undo(versions[1].id, at: Self.at(4))
            #expect(try await store.supply.households(authorities: nil).isEmpty)
        }
    }

    @Test("homes and recruitment: undo puts the registers back", arguments: Backend.available)
    func homesAndRecruitment(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHomes(authority: "879", with: [F.block, F.planned], importedAt: Self.at(1))
            try await store.supply.replaceHomes(authority: "879", with: [F.planned], importedAt: Self.at(2))
            try await store.supply.replaceRecruitmentEvents(authority: "879", with: F.events, importedAt: Self.at(3))
            let versions = try await store.imports.versions(limit: 10)
            #expect(versions.map(\.kind) == [.recruitment, .homes, .homes])
            _ = try await store.imports.undo(versions[0].id, at: Self.at(4))
            #expect(try await store.supply.recruitmentEvents(authorities: nil).isEmpty)
            _ = try await store.imports.undo(versions[1].id, at: Self.at(5))
            #expect(try await store.supply.homes(authorities: nil) == [F.block, F.planned])
        }
    }

    @Test("an account cannot undo another authority's supply import", arguments: Backend.available)
    func scoped(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await store.supply.replaceHouseholds(authority: "802", with: [F.elsewhere], importedAt: Self.at(1))
            let id = try #require(try await store.imports.versions(limit: 1).first?.id)
            await #expect(throws: ImportUndoError.noSuchImport(id)) {
                _ = try await store.scoped(to: .only(["879"])).imports.undo(id, at: Self.at(2))
            }
            #expect(try await store.supply.households(authorities: nil) == [F.elsewhere])
        }
    }
}
