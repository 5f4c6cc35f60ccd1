import Foundation
import Storage

extension AuditLog {
    /// One step of signing in (password or code, right or refused), as both steps log it.
    func appendSignIn(_ username: String, _ action: AuditAction, _ detail: String, _ ip: String, _ time: Date)
        async throws
    {
        try await append(AuditEntry(time: time, username: username, action: action, detail: detail, ipAddress: ip))
    }
}
