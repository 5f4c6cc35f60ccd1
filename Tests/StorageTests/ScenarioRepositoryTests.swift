import CareModel
import Foundation
import Testing

@testable import Storage

/// The saved scenarios: stored and read back exactly (the definition as the JSON given), replaced in place by a
/// save under the same name of the same authority, deleted by id within their authority, kept within an
/// account's scope, and refused whole when the definition is too long.
@Suite("Scenario repository")
struct ScenarioRepositoryTests {
    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// JSON as the caller would write it, with quotes, escapes and characters beyond ASCII.
    static let steps = #"{"levers":[{"stepDown":{"count":4}}],"name":"Step down \"four\" — café"}"#
    static let fewer = #"{"levers":[],"name":"Fewer entries"}"#

    @Test("a scenario is saved, numbered and read back as it was given", arguments: Backend.available)
    func roundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let version = await store.dataVersion()
            let saved = try await store.scenarios.save(
                authority: "879", name: "Step down", owner: "analyst", savedAt: Self.at(1_750_000_000.75),
                definition: Self.steps)
            #expect(saved.savedAt == Self.at(1_750_000_000))  // to the whole second, as stored
            #expect(saved.authority == "879" && saved.name == "Step down" && saved.owner == "analyst")
            #expect(saved.definition == Self.steps)
            #expect(await store.dataVersion() != version)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [saved])
            #expect(try await store.scenarios.scenario(id: saved.id, authorities: nil) == saved)
            #expect(try await store.scenarios.scenario(id: saved.id, authorities: ["879"]) == saved)
            #expect(try await store.scenarios.scenario(id: saved.id + 1, authorities: nil) == nil)
        }
    }

    @Test("saving under a name the authority has replaces that scenario and keeps its id", arguments: Backend.available)
    func replace(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let first = try await store.scenarios.save(
                authority: "879", name: "Step down", owner: "analyst", savedAt: Self.at(1), definition: Self.steps)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [first])  // kept in the cache
            let again = try await store.scenarios.save(
                authority: "879", name: "Step down", owner: "finance", savedAt: Self.at(2), definition: Self.fewer)
            let expected = SavedScenario(
                id: first.id, authority: "879", name: "Step down", owner: "finance", savedAt: Self.at(2),
                definition: Self.fewer)
            #expect(again == expected)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [again])
            #expect(try await store.scenarios.scenario(id: first.id, authorities: nil) == again)
            let other = try await store.scenarios.save(
                authority: "879", name: "step down", owner: "analyst", savedAt: Self.at(3), definition: Self.steps)
            #expect(other.id != first.id)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [again, other])
        }
    }

    @Test("each authority has its own names, and reads sort by authority then name", arguments: Backend.available)
    func perAuthority(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let zeta = try await store.scenarios.save(
                authority: "879", name: "Zeta", owner: "analyst", savedAt: Self.at(1), definition: Self.steps)
            let ours = try await store.scenarios.save(
                authority: "879", name: "Alpha", owner: "analyst", savedAt: Self.at(2), definition: Self.steps)
            let theirs = try await store.scenarios.save(
                authority: "802", name: "Alpha", owner: "other", savedAt: Self.at(3), definition: Self.fewer)
            #expect(Set([zeta.id, ours.id, theirs.id]).count == 3)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [theirs, ours, zeta])
            let cases: [(Set<AuthorityCode>, [SavedScenario])] = [
                (["879"], [ours, zeta]), (["802"], [theirs]), (["802", "879"], [theirs, ours, zeta]), (["999"], []),
                ([], []),
            ]
            for (authorities, expected) in cases {
                #expect(try await store.scenarios.scenarios(authorities: authorities) == expected)
            }
            #expect(try await store.scenarios.scenario(id: theirs.id, authorities: ["879"]) == nil)
            #expect(try await store.scenarios.scenario(id: theirs.id, authorities: []) == nil)
        }
    }

    @Test("a scenario is deleted by its id within its authority only", arguments: Backend.available)
    func delete(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let ours = try await store.scenarios.save(
                authority: "879", name: "Alpha", owner: "analyst", savedAt: Self.at(1), definition: Self.steps)
            let theirs = try await store.scenarios.save(
                authority: "802", name: "Alpha", owner: "other", savedAt: Self.at(2), definition: Self.fewer)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [theirs, ours])  // kept in the cache
            #expect(try await store.scenarios.delete(id: ours.id, authority: "802") == false)
            #expect(try await store.scenarios.delete(id: ours.id + theirs.id + 1, authority: "879") == false)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [theirs, ours])
            #expect(try await store.scenarios.delete(id: ours.id, authority: "879"))
            #expect(try await store.scenarios.scenarios(authorities: nil) == [theirs])
            #expect(try await store.scenarios.scenario(id: ours.id, authorities: nil) == nil)
            #expect(try await store.scenarios.delete(id: ours.id, authority: "879") == false)
        }
    }

    @Test("a scoped store reads, saves and deletes only its own authorities", arguments: Backend.available)
    func scoped(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let theirs = try await store.scenarios.save(
                authority: "802", name: "Alpha", owner: "other", savedAt: Self.at(1), definition: Self.fewer)
            let scoped = store.scoped(to: .only(["879"])).scenarios
            let ours = try await scoped.save(
                authority: "879", name: "Alpha", owner: "analyst", savedAt: Self.at(2), definition: Self.steps)
            #expect(try await scoped.scenarios(authorities: nil) == [ours])
            #expect(try await scoped.scenarios(authorities: ["802"]).isEmpty)
            #expect(try await scoped.scenario(id: theirs.id, authorities: nil) == nil)
            #expect(try await scoped.scenario(id: ours.id, authorities: nil) == ours)
            #expect(try await store.scoped(to: .noAuthority).scenarios.scenarios(authorities: nil).isEmpty)
            #expect(try await store.scoped(to: .noAuthority).scenarios.scenario(id: ours.id, authorities: nil) == nil)
            try await SupplyRepositoryTests.expectOutsideScope("802") {
                _ = try await scoped.save(
                    authority: "802", name: "Alpha", owner: "analyst", savedAt: Self.at(3), definition: Self.steps)
            }
            try await SupplyRepositoryTests.expectOutsideScope("802") {
                _ = try await scoped.delete(id: theirs.id, authority: "802")
            }
            #expect(try await store.scenarios.scenarios(authorities: nil) == [theirs, ours])
        }
    }

    @Test("a definition longer than 200,000 characters is refused and nothing is written", arguments: Backend.available)
    func tooLong(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let limit = SavedScenario.maximumDefinitionLength
            #expect(limit == 200_000)
            let kept = try await store.scenarios.save(
                authority: "879", name: "Big", owner: "analyst", savedAt: Self.at(1), definition: Self.steps)
            do {
                _ = try await store.scenarios.save(
                    authority: "879", name: "Big", owner: "analyst", savedAt: Self.at(2),
                    definition: String(repeating: "x", count: limit + 1))
                Issue.record("a definition of \(limit + 1) characters was not refused")
            } catch StorageError.scenarioTooLong(let name, let characters, let refusedLimit) {
                #expect(name == "Big" && characters == limit + 1 && refusedLimit == limit)
            }
            #expect(try await store.scenarios.scenarios(authorities: nil) == [kept])
            // The limit counts characters, not bytes: 200,000 two-byte characters are kept whole.
            let longest = String(repeating: "é", count: limit)
            let saved = try await store.scenarios.save(
                authority: "879", name: "Big", owner: "analyst", savedAt: Self.at(3), definition: longest)
            #expect(saved.id == kept.id)
            #expect(try await store.scenarios.scenario(id: kept.id, authorities: nil)?.definition == longest)
        }
    }
}
