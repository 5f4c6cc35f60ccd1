import CouncilTasks
import Foundation
import HummingbirdBcrypt
import Storage

/// Checks a username and password against the accounts, with throttling kept in the database (so every
/// Hearth process on it counts together): after `maximumFailures` attempts at one username from one address
/// that username is refused from that address for `lockout` — a stranger cannot lock a colleague out from
/// elsewhere — and after `maximumFailuresPerAddress` attempts at any usernames an address is refused
/// altogether. Attempts are counted before the password is checked, atomically, so parallel guesses cannot
/// all slip under the limit. Every failure gets the same words, so the form does not tell anyone which
/// usernames exist or which accounts are disabled.
struct SignIn: Sendable {
    let store: HearthStore
    let policy: SessionPolicy
    let now: @Sendable () -> Date

    enum Outcome: Equatable {
        case signedIn(Account)
        /// The password was right; the account's authenticator code must follow.
        case needsSecondFactor(Account)
        case refused(String)
    }

    static let wrongDetails = "The username or password is not right. After 5 failed attempts you must wait 15 minutes."
    static let throttled =
        "There have been too many failed attempts to sign in as this user. Wait 15 minutes and try again."
    static let adminNeedsTwoFactor =
        "Administrator accounts sign in with two factors, and yours has no authenticator set up yet. Ask whoever "
        + "runs Hearth's server to run: hearth user two-factor YOUR-USERNAME"
    static let throttledAddress =
        "There have been too many failed attempts to sign in from this network. Wait 15 minutes and try again."

    /// A real bcrypt hash (of a random password) at the accounts' cost, checked for unknown usernames so they
    /// take as long as known ones; made once per cost.
    static func decoyHash(cost: UInt8) -> String {
        DecoyHashes.shared.hash(cost: cost)
    }

    func attempt(username typed: String, password: String, ipAddress: String) async throws -> Outcome {
        // No account has a longer name; cut, a pasted novel cannot become a key of the attempts table.
        let username = String(typed.prefix(AuditEntry.maximumNameLength))
        let now = now()
        let counters = (
            address: SignInCounter.address(ipAddress),
            account: SignInCounter.accountAtAddress(username: username, address: ipAddress)
        )
        if let refusal = try await refusal(username, counters, ipAddress, now) { return .refused(refusal) }
        let account = try await store.accounts.account(named: username)
        let passwordIsRight = Bcrypt.verify(
            password, hash: account?.passwordHash ?? Self.decoyHash(cost: policy.passwordCost))
        guard let account, passwordIsRight, !account.isDisabled else {
            let why = account == nil ? "unknown user" : account!.isDisabled ? "account disabled" : "wrong password"
            try await store.audit.appendSignIn(username, .loginFailed, why, ipAddress, now)
            return .refused(Self.wrongDetails)
        }
        try await store.accounts.discountSignInAttempt(counters.address)
        if try await store.accounts.twoFactorSecret(for: username) != nil {
            // The count goes on until the code is right too: a known password must not reset the tries at it.
            try await store.audit.appendSignIn(
                username, .passwordAccepted, "waiting for the two-factor code", ipAddress, now)
            return .needsSecondFactor(account)
        }
        try await store.accounts.forgetSignInAttempts(counters.account)
        if policy.adminsNeedTwoFactor && account.role == .admin {
            try await store.audit.appendSignIn(
                username, .loginFailed, "refused: administrator without two-factor", ipAddress, now)
            return .refused(Self.adminNeedsTwoFactor)
        }
        try await store.audit.appendSignIn(username, .login, "", ipAddress, now)
        return .signedIn(account)
    }

    /// Counts this attempt against the address and the username there; the words to refuse it with when
    /// either has had too many (logged), or `nil` when the password may be checked.
    private func refusal(
        _ username: String, _ counters: (address: SignInCounter, account: SignInCounter), _ ip: String, _ now: Date
    ) async throws -> String? {
        let windowStart = now - policy.lockout
        let fromAddress = try await store.accounts.countSignInAttempt(
            counters.address, at: now, startingAgainBefore: windowStart)
        let asUser = try await store.accounts.countSignInAttempt(
            counters.account, at: now, startingAgainBefore: windowStart)
        let refusal =
            asUser > policy.maximumFailures
            ? Self.throttled : fromAddress > policy.maximumFailuresPerAddress ? Self.throttledAddress : nil
        if let refusal {
            let why = refusal == Self.throttled ? "this user from this address" : "this address"
            try await store.audit.appendSignIn(
                username, .loginFailed, "refused: too many failed attempts at \(why)", ip, now)
        }
        return refusal
    }
}
