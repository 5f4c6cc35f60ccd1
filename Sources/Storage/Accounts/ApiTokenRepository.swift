import Foundation

/// API tokens (see `ApiToken`), kept beside the accounts they act for.
public protocol ApiTokenRepository: Sendable {
    /// Stores a new token for an existing account and returns it with its number; throws
    /// `AccountError.noSuchAccount` for an unknown username.
    func add(username: String, name: String, tokenHash: String, createdAt: Date) async throws -> ApiToken
    /// The token with this hash (revoked or not), or `nil`.
    func token(hash: String) async throws -> ApiToken?
    /// Every token, oldest first.
    func tokens() async throws -> [ApiToken]
    /// Records that the token was accepted at `time`.
    func recordUse(id: Int64, at time: Date) async throws
    /// Revokes the token; revoking it again keeps the first time. Throws `AccountError.noSuchToken`.
    func revoke(id: Int64, at time: Date) async throws
}
