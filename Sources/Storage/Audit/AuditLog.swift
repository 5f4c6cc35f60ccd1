import Foundation

/// The append-only audit log. There is deliberately no way to change or remove an entry, and the
/// database itself refuses UPDATE and DELETE on the table (see `Migration.accounts`). Each entry is also
/// chained to the one before by its hash (`AuditChain`), so a change made around Hearth shows in `verify()`.
public protocol AuditLog: Sendable {
    /// Adds `entry` as the newest, with its place in the hash chain.
    func append(_ entry: AuditEntry) async throws
    /// Every entry, oldest first.
    func entries() async throws -> [AuditEntry]
    /// Every entry, oldest first, with its link in the hash chain as stored: what an export that can be
    /// checked independently needs.
    func linkedEntries() async throws -> [(entry: AuditEntry, link: AuditChainLink)]
    /// The latest `limit` entries (of one action when given), newest first: what pages show, without reading
    /// a log that grows with every view.
    func latest(_ limit: Int, action: AuditAction?) async throws -> [AuditEntry]
    /// The latest `limit` entries of any of `actions`, newest first: the Data page's history shows imports and
    /// refused uploads together, in the order they happened.
    func latest(_ limit: Int, actions: [AuditAction]) async throws -> [AuditEntry]
    /// How many entries the log holds.
    func count() async throws -> Int
    /// Checks the hash chain from the first entry, in pages, and reports the first entry that breaks it.
    func verify() async throws -> AuditChainReport
}
