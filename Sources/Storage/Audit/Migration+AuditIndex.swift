import SQLKit

extension Migration {
    /// Version 7: the audit log by action, newest last, so the Data page's import history reads the latest
    /// imports without walking past every page view logged since.
    static let auditByAction = Migration(version: 7, name: "audit log by action") { db in
        try await db.create(index: "audit_log_by_action").on("audit_log").column("action").column("id").run()
    }
}
