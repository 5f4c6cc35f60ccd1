import SQLKit

extension Migration {
    /// Version 3: local accounts, signed-in sessions, failed sign-ins, and the append-only audit log.
    ///
    /// Times are whole seconds since 1970 (BIGINT) so expiry is a comparison; the audit log keeps ISO 8601
    /// text so an export reads plainly. The database refuses UPDATE and DELETE on `audit_log`, so not even
    /// a mistaken query in a later version of Hearth can rewrite history.
    static let accounts = Migration(version: 3, name: "accounts, sessions, login failures and audit log") { db in
        try await db.create(table: "accounts")
            .column("username", type: .text, .primaryKey(autoIncrement: false))
            .column("role", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("disabled", type: .int, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "sessions")
            .column("token_hash", type: .text, .primaryKey(autoIncrement: false))
            .column("username", type: .text, .notNull, .references("accounts", "username", onDelete: .cascade))
            .column("csrf_token", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("last_seen_at", type: .bigint, .notNull)
            .run()
        try await db.create(table: "login_failures")
            .column("username", type: .text, .primaryKey(autoIncrement: false))
            .column("failures", type: .int, .notNull)
            .column("last_failed_at", type: .bigint, .notNull)
            .run()
        try await createAuditLog(db)
    }

    private static func createAuditLog(_ db: any SQLDatabase) async throws {
        try await db.create(table: "audit_log")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("at", type: .text, .notNull)
            .column("username", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("child_authority", type: .text)
            .column("child_id", type: .text)
            .column("detail", type: .text, .notNull)
            .column("ip_address", type: .text, .notNull)
            .run()
        try await refuseAuditLogChanges(db)
    }

    /// The database's own refusal to change the audit log: triggers refusing UPDATE and DELETE on SQLite,
    /// and UPDATE, DELETE and TRUNCATE on PostgreSQL (a trigger and its function). Version 9 lifts them for
    /// the length of its transaction to chain the rows already there, then calls this to put them back, so
    /// the SQL here must stay exactly as version 3 released it.
    static func refuseAuditLogChanges(_ db: any SQLDatabase) async throws {
        if db.dialect.name == "sqlite" {
            for verb in ["UPDATE", "DELETE"] {
                try await db.raw(
                    """
                    CREATE TRIGGER audit_log_no_\(unsafeRaw: verb.lowercased()) BEFORE \(unsafeRaw: verb) ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                    """
                ).run()
            }
        } else {
            try await db.raw(
                """
                CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """
            ).run()
            try await db.raw(
                """
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()
                """
            ).run()
        }
    }
}
