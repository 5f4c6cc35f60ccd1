import CareModel
import Foundation

/// A what-if scenario the council has saved: the levers it would pull, under a name unique within its
/// authority, with who saved it last and when.
///
/// Storage does not know what a scenario holds: `definition` is the JSON the caller encoded (the Forecasting
/// module's `Scenario`), kept as given and handed back as it was, for the caller to decode.
public struct SavedScenario: Sendable, Hashable {
    /// The number the database gave the scenario when it was first saved; saving it again keeps it.
    public var id: Int
    public var authority: AuthorityCode
    /// The scenario's name, unique within its authority: saving under a name replaces what it held.
    public var name: String
    /// The username of the account that saved it last.
    public var owner: String
    /// When it was last saved, to the whole second (as it is stored).
    public var savedAt: Date
    /// The scenario as JSON text, at most `maximumDefinitionLength` characters.
    public var definition: String

    public init(id: Int, authority: AuthorityCode, name: String, owner: String, savedAt: Date, definition: String) {
        self.id = id
        self.authority = authority
        self.name = name
        self.owner = owner
        self.savedAt = savedAt
        self.definition = definition
    }

    /// The longest definition, in characters, a scenario may be saved with; a longer one is refused with
    /// `StorageError.scenarioTooLong`.
    public static let maximumDefinitionLength = 200_000

    /// Refuses a definition longer than `maximumDefinitionLength`, before anything is written.
    static func check(name: String, definition: String) throws {
        // UTF-8 holds at least one byte a character: a definition that short needs no counting.
        guard definition.utf8.count > maximumDefinitionLength else { return }
        let characters = definition.count
        guard characters > maximumDefinitionLength else { return }
        throw StorageError.scenarioTooLong(name: name, characters: characters, limit: maximumDefinitionLength)
    }
}
