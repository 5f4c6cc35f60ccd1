import CareModel
import Foundation

/// The council's saved scenarios: what-if sets of the levers it could pull, each saved under a name unique
/// within its authority, so the Scenarios page can run them again and compare them.
///
/// A scenario's definition is JSON text the caller encodes and decodes (Storage does not depend on
/// Forecasting, which defines `Scenario`); it is stored as given. Saving is not an import version: a scenario
/// saved or deleted is not undone by `hearth import undo`. Reads of `nil` authorities mean every authority; of
/// an empty set, none.
public protocol ScenarioRepository: Sendable {
    /// The authorities' saved scenarios sorted by authority, then name.
    func scenarios(authorities: Set<AuthorityCode>?) async throws -> [SavedScenario]

    /// The scenario numbered `id`, or `nil` when there is none among the authorities' scenarios.
    func scenario(id: Int, authorities: Set<AuthorityCode>?) async throws -> SavedScenario?

    /// Saves under `name` for the authority, replacing a scenario of that name; returns it with its id.
    ///
    /// Replacing keeps the scenario's id and changes its owner, time and definition; a new name gets a new id.
    /// The returned scenario is as a read would give it back (`savedAt` to the whole second). Throws
    /// `StorageError.scenarioTooLong` for a definition longer than `SavedScenario.maximumDefinitionLength`
    /// characters (nothing is written).
    func save(authority: AuthorityCode, name: String, owner: String, savedAt: Date, definition: String) async throws
        -> SavedScenario

    /// Deletes the authority's scenario numbered `id`; `false` when the authority has no such scenario (nothing
    /// is changed).
    func delete(id: Int, authority: AuthorityCode) async throws -> Bool
}
