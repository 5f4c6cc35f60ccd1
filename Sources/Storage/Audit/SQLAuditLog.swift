import CareModel
import Foundation
import SQLKit

/// The audit log in the `audit_log` table: inserts and reads only (the table refuses anything else).
struct SQLAuditLog: AuditLog {
    let connection: Connection

    func append(_ entry: AuditEntry) async throws {
        try await connection.run("write to the audit log") { db in
            try await db.insert(into: "audit_log")
                .columns("at", "username", "action", "child_authority", "child_id", "detail", "ip_address")
                .values(
                    SQLBind(entry.time.ISO8601Format()), SQLBind(entry.username), SQLBind(entry.action.rawValue),
                    SQLBind(entry.child?.authority), SQLBind(entry.child?.child), SQLBind(entry.detail),
                    SQLBind(entry.ipAddress)
                )
                .run()
        }
    }

    func entries() async throws -> [AuditEntry] {
        let rows = try await connection.run("read the audit log") { db in
            try await db.select().columns(
                "at", "username", "action", "child_authority", "child_id", "detail", "ip_address"
            )
            .from("audit_log").orderBy("id").all()
        }
        return try rows.map(Self.entry)
    }

    func latest(_ limit: Int, action: AuditAction?) async throws -> [AuditEntry] {
        let rows = try await connection.run("read the audit log") { db in
            let query = db.select().columns(
                "at", "username", "action", "child_authority", "child_id", "detail", "ip_address"
            )
            .from("audit_log")
            if let action { query.where("action", .equal, action.rawValue) }
            return try await query.orderBy("id", .descending).limit(limit).all()
        }
        return try rows.map(Self.entry)
    }

    func count() async throws -> Int {
        let row = try await connection.run("count the audit log") { db in
            try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("audit_log").first()
        }
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    static func entry(_ row: any SQLRow) throws -> AuditEntry {
        let child = try row.optionalText("child_authority").flatMap { authority in
            try row.optionalText("child_id").map { ChildKey(authority: authority, child: $0) }
        }
        return AuditEntry(
            time: try row.time("at"), username: try row.text("username"),
            action: try row.code("action", as: AuditAction.self), child: child,
            detail: try row.text("detail"), ipAddress: try row.text("ip_address"))
    }
}
