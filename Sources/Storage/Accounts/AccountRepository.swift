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

    /// Failed sign-ins for `username` since its last success; `nil` when there are none.
    func loginFailures(for username: String) async throws -> LoginFailures?
    /// Records one more failed sign-in (or starts counting again from one when `restart`).
    func recordLoginFailure(for username: String, at time: Date, restart: Bool) async throws
    /// Forgets the failed sign-ins, after a successful one.
    func clearLoginFailures(for username: String) async throws

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
