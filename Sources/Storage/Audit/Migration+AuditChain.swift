import SQLKit

extension Migration {
    /// Version 9: the audit log as a hash chain (`AuditChain`), so that a row changed, removed, inserted or
    /// reordered outside Hearth (after dropping the append-only triggers) shows in `hearth audit verify`.
    ///
    /// Each row gets the hash of the row before it and its own. The rows already there are chained here, in
    /// entry order, which needs the append-only triggers lifted inside this migration's transaction; they
    /// are put back as version 3 made them before it commits (missing ones too, if someone had dropped
    /// them). The previous hash is unique, so of two processes appending after the same row only one can.
    static let auditChain = Migration(version: 9, name: "audit log hash chain") { db in
        // One column a statement: SQLite's ALTER TABLE adds one at a time.
        for column in ["previous_hash", "row_hash"] {
            try await db.alter(table: "audit_log").column(column, type: .text).run()
        }
        try await liftAuditLogRefusal(db)
        try await chainAuditRows(db)
        try await refuseAuditLogChanges(db)
        try await db.create(index: "audit_log_previous_hash").unique().on("audit_log").column("previous_hash").run()
    }

    /// Drops what `refuseAuditLogChanges` made, if it is there.
    private static func liftAuditLogRefusal(_ db: any SQLDatabase) async throws {
        if db.dialect.name == "sqlite" {
            for verb in ["update", "delete"] {
                try await db.raw("DROP TRIGGER IF EXISTS audit_log_no_\(unsafeRaw: verb)").run()
            }
        } else {
            try await db.raw("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log").run()
            try await db.raw("DROP FUNCTION IF EXISTS audit_log_refuse_change()").run()
        }
    }

    /// Hashes every row in entry order, a page at a time so that a long log does not fill memory.
    private static func chainAuditRows(_ db: any SQLDatabase) async throws {
        var previous = AuditChain.genesis
        var after: Int64?
        while true {
            let page = try await AuditChainLink.page(db, after: after)
            for link in page {
                let hash = AuditChain.hash(previous: previous, canonical: AuditChain.canonical(link.fields))
                try await db.update("audit_log").set("previous_hash", to: previous).set("row_hash", to: hash)
                    .where("id", .equal, link.id).run()
                previous = hash
            }
            guard page.count == AuditChainLink.pageSize, let last = page.last else { return }
            after = last.id
        }
    }
}
