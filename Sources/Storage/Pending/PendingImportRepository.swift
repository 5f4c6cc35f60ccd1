import Foundation

/// Uploads waiting for confirmation (`Migration.pendingImports`): kept for one person, taken once.
public protocol PendingImportRepository: Sendable {
    /// Keeps `payload` (JSON) under the token's hash for `username`, and forgets any older than `expiredBefore`.
    func hold(tokenHash: String, username: String, kind: String, payload: String, at time: Date, expiredBefore: Date)
        async throws
    /// The payload held under the hash for this person and kind, removed as it is taken (so a confirmation cannot
    /// run twice); `nil` when there is none, it is someone else's, or it was made before `expiredBefore`.
    func take(tokenHash: String, username: String, kind: String, expiredBefore: Date) async throws -> String?
}
