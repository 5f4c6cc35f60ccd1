import SQLKit

extension Connection {
    /// Runs writes in one transaction with the data version moved on, so every process's caches see them on
    /// their next read; on any error nothing is kept, and an error that is not already a `StorageError`
    /// becomes `saveFailed`. What every repository that writes cached data does.
    func versionedWrite(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        do {
            try await transaction { db in
                try await body(db)
                try await DataVersion.bump(db)
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.saveFailed(reason: StorageError.reason(error))
        }
    }
}
