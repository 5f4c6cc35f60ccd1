import CareModel
import Foundation

/// One line of the audit log: who did what, when, from where, and to which child if any.
public struct AuditEntry: Sendable, Equatable {
    public var time: Date
    /// Who acted: an account's username, or "cli:NAME" for the command line.
    public var username: String
    /// What happened.
    public var action: AuditAction
    /// The child whose record was viewed or changed, when there is one.
    public var child: ChildKey?
    public var detail: String
    /// The client's IP address for web actions; empty for the command line.
    public var ipAddress: String

    public init(
        time: Date, username: String, action: AuditAction, child: ChildKey? = nil, detail: String = "",
        ipAddress: String = ""
    ) {
        self.time = time
        self.username = username
        self.action = action
        self.child = child
        self.detail = detail
        self.ipAddress = ipAddress
    }
}
