import CareModel
import Foundation
import PostgresNIO
import SQLKit
import SQLiteNIO

/// The audit log in the `audit_log` table: inserts and reads only (the table refuses anything else).
struct SQLAuditLog: AuditLog {
    let connection: Connection

    /// How many times an append is tried when other processes keep taking the next entry number first.
    static let appendAttempts = 20

    /// Appends in one transaction: reads the newest row, then inserts the next entry number chained to
    /// its hash. Several Hearth processes may share the database; when two read the same newest row, the
    /// primary key and the unique previous hash let only one insert, and the other tries again.
    func append(_ entry: AuditEntry) async throws {
        var attempt = 1
        while true {
            do {
                try await connection.transaction { db in try await Self.insert(entry, db) }
                return
            } catch let error where attempt < Self.appendAttempts && Self.isConflict(error) {
                attempt += 1
            } catch let error as StorageError {
                throw error
            } catch {
                throw StorageError.queryFailed(action: "write to the audit log", reason: StorageError.reason(error))
            }
        }
    }

    private static func insert(_ entry: AuditEntry, _ db: any SQLDatabase) async throws {
        let newest = try await db.select().columns("id", "row_hash").from("audit_log")
            .orderBy("id", .descending).limit(1).first()
        var previous = AuditChain.genesis
        var id: Int64 = 1
        if let newest {
            let newestID = try newest.decode(column: "id", as: Int64.self)
            // Chaining to nothing would hide the gap; the log must be looked at (hearth audit verify) instead.
            guard let hash = try newest.optionalText("row_hash") else {
                throw StorageError.queryFailed(
                    action: "write to the audit log",
                    reason: "entry \(newestID) has no hash: the log was changed outside Hearth (hearth audit verify)")
            }
            previous = hash
            id = newestID + 1
        }
        let fields = AuditChain.fields(of: entry, id: id)
        var values: [any SQLExpression] = [SQLBind(id)]
        for field in fields.dropFirst() { values.append(SQLBind(field)) }
        values.append(SQLBind(previous))
        values.append(SQLBind(AuditChain.hash(previous: previous, canonical: AuditChain.canonical(fields))))
        try await db.insert(into: "audit_log").columns(AuditChainLink.columns).values(values).run()
    }

    /// Whether `error` is another append winning the race: a duplicate entry number or previous hash.
    static func isConflict(_ error: any Error) -> Bool {
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .constraintPrimaryKeyFailed, .constraintUniqueFailed, .constraintUniqueRowIDFailed: return true
            // Without extended result codes SQLite says only "constraint"; its message names the kind.
            case .constraint: return sqlite.message.contains("UNIQUE")
            default: return false
            }
        }
        if let postgres = error as? PSQLError {
            return postgres.serverInfo?[.sqlState] == "23505"  // unique_violation
        }
        return false
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

    func linkedEntries() async throws -> [(entry: AuditEntry, link: AuditChainLink)] {
        let rows = try await connection.run("read the audit log") { db in
            try await db.select().columns(AuditChainLink.columns).from("audit_log").orderBy("id").all()
        }
        return try rows.map { row in try (entry: Self.entry(row), link: AuditChainLink(row: row)) }
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

    func latest(_ limit: Int, actions: [AuditAction]) async throws -> [AuditEntry] {
        guard !actions.isEmpty else { return [] }
        let rows = try await connection.run("read the audit log") { db in
            try await db.select().columns(
                "at", "username", "action", "child_authority", "child_id", "detail", "ip_address"
            )
            .from("audit_log").where("action", .in, actions.map(\.rawValue))
            .orderBy("id", .descending).limit(limit).all()
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
