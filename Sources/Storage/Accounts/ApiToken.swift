import Foundation

/// A token a program (Power BI, a script) sends as `Authorization: Bearer …` to read the JSON API. It acts
/// with its account's role; only the SHA-256 hash of the token is stored, so a copy of the database
/// cannot be used to call the API.
public struct ApiToken: Sendable, Equatable {
    /// The number `hearth token revoke` takes.
    public var id: Int64
    /// The account whose role the token acts with.
    public var username: String
    /// What the token is for, e.g. "Power BI finance dashboard".
    public var name: String
    public var tokenHash: String
    public var createdAt: Date
    /// When the token was last accepted (to the minute); `nil` when never used.
    public var lastUsedAt: Date?
    /// When the token was revoked; a revoked token is refused but kept so the list stays meaningful.
    public var revokedAt: Date?

    public init(
        id: Int64, username: String, name: String, tokenHash: String, createdAt: Date,
        lastUsedAt: Date? = nil, revokedAt: Date? = nil
    ) {
        self.id = id
        self.username = username
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    public var isRevoked: Bool { revokedAt != nil }
}
