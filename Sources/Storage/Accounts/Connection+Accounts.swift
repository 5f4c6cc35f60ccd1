import SQLKit

extension Connection {
    /// Runs `body` on its own, turning driver errors into a `StorageError` that says what was being done.
    func run<T: Sendable>(_ action: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await exclusive(body)
        } catch let error as StorageError {
            throw error
        } catch let error as AccountError {
            throw error
        } catch {
            throw StorageError.queryFailed(action: action, reason: StorageError.reason(error))
        }
    }
}
