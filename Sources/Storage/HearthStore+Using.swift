import Logging

extension HearthStore {
    /// Opens the database at `location` and brings its tables up to date; the caller must `shutdown()` it.
    public static func openMigrated(
        _ location: DatabaseLocation,
        logger: Logger = Logger(label: "hearth")
    ) async throws -> HearthStore {
        let store = try await open(location, logger: logger)
        do {
            try await store.migrate()
        } catch {
            try? await store.shutdown()
            throw error
        }
        return store
    }

    /// Runs `body` with an open, migrated store and always shuts it down afterwards.
    public static func using<T>(
        _ location: DatabaseLocation,
        _ body: (HearthStore) async throws -> T
    ) async throws -> T {
        let store = try await openMigrated(location)
        do {
            let result = try await body(store)
            try await store.shutdown()
            return result
        } catch {
            try? await store.shutdown()
            throw error
        }
    }
}
