import Foundation
import HummingbirdBcrypt
import Storage

/// Adding, resetting and disabling accounts (`hearth user …`): checks the username and password rules,
/// hashes passwords with bcrypt, and writes each change to the audit log.
public struct UserAccounts: Sendable {
    public let store: HearthStore
    /// bcrypt's cost: 12 in production (about a quarter of a second a hash); tests use 4.
    public let passwordCost: UInt8
    let now: @Sendable () -> Date

    /// The shortest password accepted.
    public static let minimumPasswordLength = PasswordPolicy.minimumLength

    /// bcrypt's cost for passwords: about a quarter of a second a hash on the project's machine.
    public static let defaultPasswordCost: UInt8 = 12

    public init(
        store: HearthStore, passwordCost: UInt8 = defaultPasswordCost, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.passwordCost = passwordCost
        self.now = now
    }

    /// A random password of 20 hexadecimal digits (80 bits), for accounts a program makes (the demo's).
    public static func randomPassword() -> String {
        String(SecretToken.make().prefix(20))
    }

    /// Adds an account; `actor` is who did it, for the audit log (e.g. "cli:jo"). Without `authorities`, the
    /// account sees the one authority the database holds (every authority while it holds none: there is
    /// nothing to keep apart yet); with several held it is refused (`UserAccountError.authoritiesNeeded`), since
    /// guessing a person's council would be worse. Two-factor sign-in is set up when `twoFactor` says so, and
    /// by default for administrators, who must have it.
    @discardableResult
    public func add(
        _ username: String, role: Role, password: String, authorities: AuthorityScope? = nil,
        twoFactor: Bool? = nil, by actor: String
    ) async throws -> NewAccount {
        try Self.check(username: username)
        try Self.check(password: password, username: username)
        var scope = authorities ?? .noAuthority
        if authorities == nil { scope = try await defaultScope() }
        let hash = Bcrypt.hash(password, cost: passwordCost)
        try await store.accounts.add(
            Account(username: username, role: role, passwordHash: hash, createdAt: now(), authorities: scope))
        try await audit(actor, .userAdded, "\(username) as \(role.rawValue), authorities: \(scope.summary)")
        let enrolment = twoFactor ?? (role == .admin) ? try await setUpTwoFactor(for: username, by: actor) : nil
        return NewAccount(authorities: scope, twoFactor: enrolment)
    }

    /// Sets which authorities the account may see (ending its sessions, so the change holds at once).
    public func setAuthorities(_ scope: AuthorityScope, for username: String, by actor: String) async throws {
        try await store.accounts.setAuthorities(scope, for: username)
        try await audit(actor, .userScopeChanged, "\(username): \(scope.summary)")
    }

    func defaultScope() async throws -> AuthorityScope {
        let held = try await store.careRecords.authorities()
        guard held.count <= 1 else { throw UserAccountError.authoritiesNeeded(held) }
        return held.first.map { .only([$0]) } ?? .all
    }

    /// Sets a new password and lifts any sign-in lockout.
    public func resetPassword(_ username: String, to password: String, by actor: String) async throws {
        try Self.check(password: password, username: username)
        try await store.accounts.setPasswordHash(Bcrypt.hash(password, cost: passwordCost), for: username)
        try await store.accounts.forgetSignInAttempts(username: username)
        try await audit(actor, .passwordReset, username)
    }

    /// Disables the account, ends its sessions and revokes its API tokens: enabling it again must not
    /// quietly bring back credentials some program may still hold.
    public func disable(_ username: String, by actor: String) async throws {
        try await store.accounts.disable(username)
        for token in try await store.apiTokens.tokens() where token.username == username && token.revokedAt == nil {
            try await store.apiTokens.revoke(id: token.id, at: now())
        }
        try await audit(actor, .userDisabled, username)
    }

    /// Lets a disabled account sign in again (with its old password, unless it is reset too).
    public func enable(_ username: String, by actor: String) async throws {
        try await store.accounts.enable(username)
        try await audit(actor, .userEnabled, username)
    }

    func audit(_ actor: String, _ action: AuditAction, _ detail: String) async throws {
        try await store.audit.append(AuditEntry(time: now(), username: actor, action: action, detail: detail))
    }

    /// Usernames are 1–64 lowercase letters, digits, `.`, `_` or `-`: safe in logs, CSV and URLs.
    static func check(username: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard (1...64).contains(username.count), username.allSatisfy(allowed.contains) else {
            throw UserAccountError.badUsername(username)
        }
    }

    /// The password rules (`PasswordPolicy`): long, not a pattern, not the username, not a common one.
    static func check(password: String, username: String = "") throws {
        if let problem = PasswordPolicy.problem(password, username: username) { throw problem }
    }
}

/// Why an account change was refused.
public enum UserAccountError: Error, CustomStringConvertible, Sendable, Equatable {
    case badUsername(String)
    case passwordTooShort
    case passwordTooSimple
    case passwordHasUsername
    case passwordTooCommon
    case authoritiesNeeded([String])
    case adminNeedsTwoFactor

    public var description: String {
        switch self {
        case .badUsername(let name):
            "'\(name)' cannot be a username: use 1 to 64 lowercase letters, digits, dots, underscores or hyphens."
        case .passwordTooShort:
            "The password must be at least \(UserAccounts.minimumPasswordLength) characters long."
        case .passwordTooSimple:
            "The password must have at least \(PasswordPolicy.minimumDistinctCharacters) different characters, not only spaces."
        case .passwordHasUsername:
            "The password must not contain the username."
        case .passwordTooCommon:
            "That password is one of the most common ones (a word or keyboard run with numbers added): choose a phrase of your own."
        case .adminNeedsTwoFactor:
            "Administrator accounts must sign in with two-factor: it cannot be removed from them."
        case .authoritiesNeeded(let held):
            "This database holds \(held.count) authorities (\(held.joined(separator: ", "))): say which the account may "
                + "see with --authority CODE (repeat for more) or --all-authorities."
        }
    }
}
