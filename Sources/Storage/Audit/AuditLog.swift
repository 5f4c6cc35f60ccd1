import Foundation

/// The append-only audit log. There is deliberately no way to change or remove an entry, and the
/// database itself refuses UPDATE and DELETE on the table (see `Migration.accounts`).
public protocol AuditLog: Sendable {
    func append(_ entry: AuditEntry) async throws
    /// Every entry, oldest first.
    func entries() async throws -> [AuditEntry]
    /// The latest `limit` entries (of one action when given), newest first: what pages show, without reading
    /// a log that grows with every view.
    func latest(_ limit: Int, action: AuditAction?) async throws -> [AuditEntry]
    /// How many entries the log holds.
    func count() async throws -> Int
}
