import SQLKit

extension Connection {
    /// Runs writes in one transaction with the data version moved on, so every process's caches see them on
    /// their next read; on any error nothing is kept, and an error that is not already a `StorageError`
    /// becomes `saveFailed`. What every repository that writes cached data does. Returns what `body` returns
    /// (a programme plan as an edit left it; nothing, for an import).
    func versionedWrite<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws
        -> T
    {
        do {
            return try await transaction { db in
                let result = try await body(db)
                try await DataVersion.bump(db)
                return result
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.saveFailed(reason: StorageError.reason(error))
        }
    }
}
