import Foundation

/// What a person may do in Hearth; the web application's route × role matrix (`RouteAccess`) says which
/// pages each role may open.
public enum Role: String, Sendable, CaseIterable, Codable {
    case admin
    case finance
    case placements
    case manager
    case socialWorker = "social-worker"
    case readOnly = "read-only"
}

/// A local account: who may sign in, in which role. The password is kept only as a bcrypt hash.
public struct Account: Sendable, Equatable {
    public var username: String
    public var role: Role
    public var passwordHash: String
    /// A disabled account cannot sign in; it is kept so the audit log's names stay meaningful.
    public var isDisabled: Bool
    public var createdAt: Date
    /// The authorities whose children, costs and budgets the account (and its API tokens) may see.
    public var authorities: AuthorityScope

    public init(
        username: String, role: Role, passwordHash: String, isDisabled: Bool = false, createdAt: Date,
        authorities: AuthorityScope
    ) {
        self.username = username
        self.role = role
        self.passwordHash = passwordHash
        self.isDisabled = isDisabled
        self.createdAt = createdAt
        self.authorities = authorities
    }
}

/// A signed-in browser: found by the hash of its cookie's token (the token itself is never stored).
public struct StoredSession: Sendable, Equatable {
    public var tokenHash: String
    public var username: String
    /// The token every form of this session must carry (cross-site request forgery protection).
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date
    /// The password was right but the authenticator code has not been given yet: the session opens only
    /// the page that asks for it.
    public var awaitingSecondFactor: Bool

    public init(
        tokenHash: String, username: String, csrfToken: String, createdAt: Date, lastSeenAt: Date,
        awaitingSecondFactor: Bool = false
    ) {
        self.tokenHash = tokenHash
        self.username = username
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.awaitingSecondFactor = awaitingSecondFactor
    }
}

extension Date {
    /// Whole seconds since 1970, as the account tables store times.
    var storedSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }

    init(storedSeconds: Int64) {
        self.init(timeIntervalSince1970: TimeInterval(storedSeconds))
    }
}
