import ArgumentParser
import Logging
import Storage

/// `--db`: which database to use, shared by every command that reads or writes data.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database: a SQLite file path, or a PostgreSQL URL such as postgres://user:password@host:5432/hearth.",
            valueName: "path-or-url"))
    var db: String = "./hearth.sqlite"

    var location: DatabaseLocation { DatabaseLocation(db) }

    /// Opens the store and brings its tables up to date; the caller must `shutdown()` it.
    func openStore(logger: Logger = Logger(label: "hearth")) async throws -> HearthStore {
        try await HearthStore.openMigrated(location, logger: logger)
    }
}

extension HearthStore {
    /// Runs `body` with an open, migrated store and always shuts it down afterwards.
    static func using<T>(_ options: DatabaseOptions, _ body: (HearthStore) async throws -> T) async throws -> T {
        try await using(options.location, body)
    }
}
