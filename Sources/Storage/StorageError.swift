import PostgresNIO
import SQLiteNIO

/// What went wrong in the database, in words an analyst or a council's IT team can act on.
public enum StorageError: Error, CustomStringConvertible, Sendable {
    /// The database could not be opened or reached.
    case cannotOpen(location: String, reason: String)
    /// A `--db` value that cannot be a database location.
    case invalidLocation(location: String, reason: String)
    /// A schema migration failed; nothing of that migration was kept.
    case migrationFailed(version: Int, name: String, reason: String)
    /// The database holds migrations newer than this version of Hearth knows.
    case newerSchema(found: Int, known: Int)
    /// Saving an import failed; the transaction was rolled back and nothing was written.
    case saveFailed(reason: String)
    /// Reading or writing failed for another reason.
    case queryFailed(action: String, reason: String)
    /// The store was used after `shutdown()`.
    case closed
    /// The month has already been closed; its reported forecast is frozen.
    case periodClosed(authority: String, period: String)
    /// The account may not see or change this authority's records (its `AuthorityScope`); nothing was written.
    case outsideScope(authority: String)
    /// The authority's programmes hold no plan with this reference; nothing was changed.
    case planNotFound(authority: String, plan: String)
    /// A scenario's definition is longer than Hearth keeps (`SavedScenario.maximumDefinitionLength`); nothing was
    /// saved.
    case scenarioTooLong(name: String, characters: Int, limit: Int)

    public var description: String {
        switch self {
        case let .cannotOpen(location, reason):
            "Cannot open the database at \(location): \(reason)"
        case let .invalidLocation(location, reason):
            "Not a usable database location '\(location)': \(reason)"
        case let .migrationFailed(version, name, reason):
            "Database upgrade \(version) (\(name)) failed and was undone: \(reason)"
        case let .newerSchema(found, known):
            "The database was upgraded by a newer Hearth (schema version \(found); this Hearth knows up to \(known))."
                + " Use the newer Hearth."
        case let .saveFailed(reason):
            "The import was not saved (nothing was changed): \(reason)"
        case let .queryFailed(action, reason):
            "Could not \(action): \(reason)"
        case .closed:
            "The database connection has been closed."
        case let .periodClosed(authority, period):
            "\(period) is already closed for \(authority); a closed month's forecast cannot be changed."
        case let .outsideScope(authority):
            "Your account does not cover authority \(authority), so nothing of it was read or changed."
                + " An administrator can add it with hearth user scope."
        case let .planNotFound(authority, plan):
            "Authority \(authority) has no programme plan \(plan), so nothing was changed."
        case let .scenarioTooLong(name, characters, limit):
            "Scenario '\(name)' was not saved: its definition is \(characters) characters long, and Hearth keeps "
                + "scenarios of up to \(limit)."
        }
    }

    /// The most useful words from a driver error: PostgreSQL's server message (its default description
    /// is deliberately vague), SQLite's message, or the error as it describes itself.
    static func reason(_ error: any Error) -> String {
        if let storage = error as? StorageError { return storage.description }
        if let sqlite = error as? SQLiteError { return sqlite.message }
        if let psql = error as? PSQLError { return reason(psql) }
        return String(describing: error)
    }

    private static func reason(_ error: PSQLError) -> String {
        if let info = error.serverInfo, let message = info[.message] {
            let detail = info[.detail].map { " (\($0))" } ?? ""
            return message + detail
        }
        if let underlying = error.underlying { return "\(error.code): \(String(describing: underlying))" }
        return error.code.description
    }
}
