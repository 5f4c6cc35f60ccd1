import CareModel
import Forecasting
import Foundation
import Storage

/// A scenario saved by the council: its levers, who saved it and when.
public struct StoredScenario: Sendable, Hashable {
    public var id: Int
    public var authority: AuthorityCode
    public var owner: String
    public var savedAt: Date
    public var scenario: Scenario
}

/// Why a scenario could not be saved or found: nothing is changed.
public enum ScenarioLibraryError: Error, Sendable, Equatable, CustomStringConvertible {
    case nameNeeded
    case nameTooLong
    case notFound(String)

    public var field: String { "name" }

    public var description: String {
        switch self {
        case .nameNeeded: "Give the scenario a name"
        case .nameTooLong: "The name must be 100 characters or fewer"
        case .notFound(let name): "There is no saved scenario \(name)"
        }
    }
}

/// The authority's saved scenarios: save (replacing one of the same name), list, find and delete, each
/// save and delete in the audit log.
public enum ScenarioLibrary {
    public static func save(
        _ scenario: Scenario, authority: AuthorityCode, to store: HearthStore, by actor: ImportActor
    )
        async throws -> StoredScenario
    {
        let name = scenario.name.trimmed
        guard !name.isEmpty else { throw ScenarioLibraryError.nameNeeded }
        guard name.count <= 100 else { throw ScenarioLibraryError.nameTooLong }
        try scenario.validate()
        var named = scenario
        named.name = name
        let saved = try await store.scenarios.save(
            authority: authority, name: name, owner: actor.username, savedAt: actor.time,
            definition: String(decoding: try JSONEncoder().encode(named), as: UTF8.self))
        try await store.audit.append(
            AuditEntry(
                time: actor.time, username: actor.username, action: .scenarioSaved,
                detail:
                    "Scenario \"\(name)\" (\(authority)) saved: \(named.levers.map(\.summary).joined(separator: "; "))",
                ipAddress: actor.ipAddress))
        return try stored(saved)
    }

    public static func list(authority: AuthorityCode, in store: HearthStore) async throws -> [StoredScenario] {
        try await store.scenarios.scenarios(authorities: [authority]).map(stored)
    }

    /// The saved scenario called `name` (or with id `name`).
    public static func find(_ name: String, authority: AuthorityCode, in store: HearthStore) async throws
        -> StoredScenario
    {
        let all = try await list(authority: authority, in: store)
        guard let found = all.first(where: { $0.scenario.name == name || String($0.id) == name }) else {
            throw ScenarioLibraryError.notFound(name)
        }
        return found
    }

    public static func delete(_ scenario: StoredScenario, from store: HearthStore, by actor: ImportActor) async throws {
        guard try await store.scenarios.delete(id: scenario.id, authority: scenario.authority) else { return }
        try await store.audit.append(
            AuditEntry(
                time: actor.time, username: actor.username, action: .scenarioSaved,
                detail: "Scenario \"\(scenario.scenario.name)\" (\(scenario.authority)) deleted",
                ipAddress: actor.ipAddress))
    }

    static func stored(_ saved: SavedScenario) throws -> StoredScenario {
        StoredScenario(
            id: saved.id, authority: saved.authority, owner: saved.owner, savedAt: saved.savedAt,
            scenario: try JSONDecoder().decode(Scenario.self, from: Data(saved.definition.utf8)))
    }
}
