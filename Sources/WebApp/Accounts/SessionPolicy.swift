import CouncilTasks
import Foundation

/// How long sessions last and how their cookie is sent.
public struct SessionPolicy: Sendable {
    /// A session unused for this long ends (30 minutes).
    public var idleTimeout: TimeInterval = 30 * 60
    /// A session ends this long after sign-in however busy it is (8 hours).
    public var absoluteTimeout: TimeInterval = 8 * 60 * 60
    /// Failed sign-ins for one username from one address before it is refused there.
    public var maximumFailures = 5
    /// Failed sign-ins from one address, at any usernames, before the address is refused: high enough for
    /// a council office behind one address, low enough that guessing from it is slow.
    public var maximumFailuresPerAddress = 50
    /// How long a username (or address) is refused after too many failures, counted from its latest attempt
    /// (15 minutes).
    public var lockout: TimeInterval = 15 * 60
    /// Whether administrators must sign in with two factors: an administrator without an authenticator set
    /// up is refused and told how to set one up (`hearth user two-factor`). Always on when serving; tests of
    /// other things turn it off so their administrator can sign in with a password.
    public var adminsNeedTwoFactor = true
    /// Mark cookies `Secure` even when the request did not say it came over HTTPS: for a server behind a
    /// TLS proxy that does not send `X-Forwarded-Proto: https` (`hearth serve --secure-cookies`).
    public var secureCookies = false
    /// bcrypt's cost for the accounts' passwords, which checking an unknown username costs too, so the time
    /// a refusal takes does not tell anyone which usernames exist.
    public var passwordCost = UserAccounts.defaultPasswordCost

    public init(secureCookies: Bool = false, passwordCost: UInt8 = UserAccounts.defaultPasswordCost) {
        self.secureCookies = secureCookies
        self.passwordCost = passwordCost
    }

    /// Cookie names: the signed-in session, and the pre-session cookie the sign-in form's token is bound to.
    static let sessionCookie = "hearth_session"
    static let signInCookie = "hearth_signin"

    /// Whether the session has ended at `now`.
    func hasExpired(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= idleTimeout || now.timeIntervalSince(createdAt) >= absoluteTimeout
    }
}
