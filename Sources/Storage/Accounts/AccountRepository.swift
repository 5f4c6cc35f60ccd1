import Foundation

/// Local accounts, their signed-in sessions and failed sign-ins: kept in the database so they survive
/// restarts and are shared by every Hearth process over the same database.
public protocol AccountRepository: Sendable {
    /// Adds an account; throws `AccountError.accountExists` when the username is taken.
    func add(_ account: Account) async throws
    /// The account with this username, or `nil`.
    func account(named username: String) async throws -> Account?
    /// Every account, by username.
    func accounts() async throws -> [Account]
    /// Replaces the password hash and ends the account's sessions; throws `AccountError.noSuchAccount` for an unknown username.
    func setPasswordHash(_ hash: String, for username: String) async throws
    /// Disables the account and ends its sessions; throws `AccountError.noSuchAccount`.
    func disable(_ username: String) async throws
    /// Lets a disabled account sign in again; throws `AccountError.noSuchAccount`.
    func enable(_ username: String) async throws
    /// Sets the authorities the account may see and ends its sessions (so no page open elsewhere keeps the
    /// old scope); throws `AccountError.noSuchAccount`.
    func setAuthorities(_ scope: AuthorityScope, for username: String) async throws

    /// Counts one more sign-in attempt for `counter` at `time` and returns how many it has counted, this one
    /// included; a count whose latest attempt was at or before `windowStart` starts again from one. Atomic: attempts
    /// made in parallel (from any Hearth process on this database) each get their own number.
    func countSignInAttempt(_ counter: SignInCounter, at time: Date, startingAgainBefore windowStart: Date)
        async throws -> Int
    /// Takes one attempt off the count (a sign-in that succeeded does not count against its address).
    func discountSignInAttempt(_ counter: SignInCounter) async throws
    /// Forgets the count, after a sign-in succeeds.
    func forgetSignInAttempts(_ counter: SignInCounter) async throws
    /// Forgets every count for `username` from any address: a reset password lifts every lockout.
    func forgetSignInAttempts(username: String) async throws

    /// The account's authenticator secret, or `nil` when it signs in with its password alone.
    func twoFactorSecret(for username: String) async throws -> TwoFactorSecret?
    /// Sets (or with `nil` removes) the authenticator secret and replaces the recovery codes (their SHA-256
    /// hashes), ending the account's sessions; throws `AccountError.noSuchAccount`.
    func setTwoFactor(secret: String?, recoveryCodeHashes: [String], for username: String) async throws
    /// Records that a code for `step` was accepted; `false` when that step or a later one already was (a
    /// code used twice). Atomic.
    func acceptTwoFactorStep(_ step: Int64, for username: String) async throws -> Bool
    /// Marks the recovery code with this hash used; `false` when it is not one of the account's unused codes.
    func useRecoveryCode(hash: String, for username: String, at time: Date) async throws -> Bool
    /// How many of the account's recovery codes are still unused.
    func unusedRecoveryCodes(for username: String) async throws -> Int

    /// Stores a new session.
    func addSession(_ session: StoredSession) async throws
    /// The session with this token hash, or `nil`.
    func session(tokenHash: String) async throws -> StoredSession?
    /// Records that the session was used now (idle expiry counts from here).
    func touchSession(tokenHash: String, at time: Date) async throws
    /// Ends one session (sign out or expiry).
    func removeSession(tokenHash: String) async throws
    /// Ends every session started before `createdBefore` or unused since before `lastSeenBefore`: expired
    /// sessions that were never presented again would otherwise stay in the table.
    func removeSessions(createdBefore: Date, lastSeenBefore: Date) async throws
}
