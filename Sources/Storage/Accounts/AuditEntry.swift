import CareModel
import Foundation

/// One line of the audit log: who did what, when, from where, and to which child if any.
public struct AuditEntry: Sendable, Equatable {
    public var time: Date
    /// Who acted: an account's username, or "cli:NAME" for the command line.
    public var username: String
    /// What happened, e.g. `login`, `login-failed`, `logout`, `view-page`, `import`, `user-added`.
    public var action: String
    /// The child whose record was viewed or changed, when there is one.
    public var child: ChildKey?
    public var detail: String
    /// The client's IP address for web actions; empty for the command line.
    public var ipAddress: String

    public init(time: Date, username: String, action: String, child: ChildKey? = nil, detail: String = "",
                ipAddress: String = "") {
        self.time = time
        self.username = username
        self.action = action
        self.child = child
        self.detail = detail
        self.ipAddress = ipAddress
    }
}

/// The append-only audit log. There is deliberately no way to change or remove an entry, and the
/// database itself refuses UPDATE and DELETE on the table (see `Migration.accounts`).
public protocol AuditLog: Sendable {
    func append(_ entry: AuditEntry) async throws
    /// Every entry, oldest first.
    func entries() async throws -> [AuditEntry]
    /// The latest `limit` entries (of one action when given), newest first: what pages show, without reading
    /// a log that grows with every view.
    func latest(_ limit: Int, action: String?) async throws -> [AuditEntry]
    /// How many entries the log holds.
    func count() async throws -> Int
}
