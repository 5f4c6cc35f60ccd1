import CouncilTasks
import Foundation
import Storage

/// The second step of a two-factor sign-in: an authenticator code (accepted once, within a step of now) or
/// an unused recovery code. Attempts are counted against the username at this address, as wrong passwords
/// are, so six digits cannot be guessed by trying them all.
struct SecondFactorCheck: Sendable {
    let store: HearthStore
    let policy: SessionPolicy
    let now: @Sendable () -> Date

    enum Outcome: Equatable { case accepted, wrong, throttled }

    func attempt(_ username: String, code: String, ipAddress: String) async throws -> Outcome {
        let now = now(), counter = SignInCounter.accountAtAddress(username: username, address: ipAddress)
        let attempts = try await store.accounts.countSignInAttempt(
            counter, at: now, startingAgainBefore: now - policy.lockout)
        guard attempts <= policy.maximumFailures else {
            try await store.audit.appendSignIn(
                username, .loginFailed, "refused: too many wrong two-factor codes", ipAddress, now)
            return .throttled
        }
        guard let how = try await accepted(code, for: username, at: now) else {
            try await store.audit.appendSignIn(username, .loginFailed, "wrong two-factor code", ipAddress, now)
            return .wrong
        }
        try await store.accounts.forgetSignInAttempts(counter)
        try await store.audit.appendSignIn(username, .login, how, ipAddress, now)
        return .accepted
    }

    /// How the code was accepted ("authenticator code", "recovery code, N left"), or `nil` when it was not.
    func accepted(_ code: String, for username: String, at now: Date) async throws -> String? {
        guard let secret = try await store.accounts.twoFactorSecret(for: username) else { return nil }
        if let step = TwoFactor.matchingStep(of: code, secret: secret.secret, at: now),
            try await store.accounts.acceptTwoFactorStep(step, for: username)
        {
            return "two-factor: authenticator code"
        }
        let typed = String(code.prefix(64))
        guard try await store.accounts.useRecoveryCode(hash: TwoFactor.recoveryHash(typed), for: username, at: now)
        else { return nil }
        let left = try await store.accounts.unusedRecoveryCodes(for: username)
        return "two-factor: recovery code, \(left) left"
    }
}
