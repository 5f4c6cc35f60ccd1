import CouncilTasks
import Foundation
import HummingbirdBcrypt
import Storage

/// Checks a username and password against the accounts, with throttling: after `maximumFailures` failed
/// attempts a username is refused for `lockout`, whether or not it exists. Every failure gets the same
/// words, so the form does not tell anyone which usernames exist or which accounts are disabled.
struct SignIn: Sendable {
    let store: HearthStore
    let policy: SessionPolicy
    let now: @Sendable () -> Date

    enum Outcome: Equatable {
        case signedIn(Account)
        case refused(String)
    }

    static let wrongDetails = "The username or password is not right. After 5 failed attempts you must wait 15 minutes."
    static let throttled =
        "There have been too many failed attempts to sign in as this user. Wait 15 minutes and try again."

    /// A real bcrypt hash (of a random password) at the accounts' cost, checked for unknown usernames so they
    /// take as long as known ones; made once per cost.
    static func decoyHash(cost: UInt8) -> String {
        DecoyHashes.shared.hash(cost: cost)
    }

    func attempt(username typed: String, password: String, ipAddress: String) async throws -> Outcome {
        // No account has a longer name; cut, a pasted novel cannot become a key of the failures table.
        let username = String(typed.prefix(AuditEntry.maximumNameLength))
        let now = now()
        let failures = try await store.accounts.loginFailures(for: username)
        let lockExpired = failures.map { now.timeIntervalSince($0.lastFailedAt) >= policy.lockout } ?? true
        if let failures, failures.count >= policy.maximumFailures, !lockExpired {
            try await audit(username, .loginFailed, "refused: too many failed attempts", ipAddress, now)
            return .refused(Self.throttled)
        }
        let account = try await store.accounts.account(named: username)
        let passwordIsRight = Bcrypt.verify(
            password, hash: account?.passwordHash ?? Self.decoyHash(cost: policy.passwordCost))
        guard let account, passwordIsRight, !account.isDisabled else {
            try await store.accounts.recordLoginFailure(for: username, at: now, restart: failures != nil && lockExpired)
            let why = account == nil ? "unknown user" : account!.isDisabled ? "account disabled" : "wrong password"
            try await audit(username, .loginFailed, why, ipAddress, now)
            return .refused(Self.wrongDetails)
        }
        try await store.accounts.clearLoginFailures(for: username)
        try await audit(username, .login, "", ipAddress, now)
        return .signedIn(account)
    }

    func audit(_ username: String, _ action: AuditAction, _ detail: String, _ ip: String, _ time: Date) async throws {
        try await store.audit.append(
            AuditEntry(time: time, username: username, action: action, detail: detail, ipAddress: ip))
    }
}
