import Foundation
import Storage

/// Who ran an import, from where and when: what the audit log and the stored import records say.
public struct ImportActor: Sendable {
    /// An account's username, or "cli:NAME" for the command line.
    public var username: String
    /// The browser's IP address; empty for the command line.
    public var ipAddress: String
    public var time: Date

    public init(username: String, ipAddress: String = "", time: Date) {
        self.username = username
        self.ipAddress = ipAddress
        self.time = time
    }

    /// The audit log's "import" entry for what was saved.
    func auditEntry(_ detail: String) -> AuditEntry {
        AuditEntry(time: time, username: username, action: .import, detail: detail, ipAddress: ipAddress)
    }
}
