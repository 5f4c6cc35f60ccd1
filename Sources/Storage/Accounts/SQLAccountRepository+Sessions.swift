import Foundation
import SQLKit

extension SQLAccountRepository {
    func loginFailures(for username: String) async throws -> LoginFailures? {
        let row = try await connection.run("read failed sign-ins") { db in
            try await db.select().columns("failures", "last_failed_at").from("login_failures")
                .where("username", .equal, username).first()
        }
        return try row.map {
            LoginFailures(
                count: try $0.decode(column: "failures", as: Int.self),
                lastFailedAt: Date(storedSeconds: try $0.decode(column: "last_failed_at", as: Int64.self)))
        }
    }

    func recordLoginFailure(for username: String, at time: Date, restart: Bool) async throws {
        try await connection.run("record a failed sign-in") { db in
            let row = try await db.select().column("failures").from("login_failures")
                .where("username", .equal, username).first()
            let count = restart ? 1 : (try row?.decode(column: "failures", as: Int.self) ?? 0) + 1
            try await db.delete(from: "login_failures").where("username", .equal, username).run()
            try await db.insert(into: "login_failures").columns("username", "failures", "last_failed_at")
                .values(SQLBind(username), SQLBind(count), SQLBind(time.storedSeconds)).run()
        }
    }

    func clearLoginFailures(for username: String) async throws {
        try await connection.run("clear failed sign-ins") { db in
            try await db.delete(from: "login_failures").where("username", .equal, username).run()
        }
    }

    static let sessionColumns = ["token_hash", "username", "csrf_token", "created_at", "last_seen_at"]

    func addSession(_ session: StoredSession) async throws {
        try await connection.run("start the session") { db in
            try await db.insert(into: "sessions").columns(Self.sessionColumns)
                .values(
                    SQLBind(session.tokenHash), SQLBind(session.username), SQLBind(session.csrfToken),
                    SQLBind(session.createdAt.storedSeconds), SQLBind(session.lastSeenAt.storedSeconds)
                )
                .run()
        }
    }

    func session(tokenHash: String) async throws -> StoredSession? {
        let row = try await connection.run("read the session") { db in
            try await db.select().columns(Self.sessionColumns).from("sessions")
                .where("token_hash", .equal, tokenHash).first()
        }
        return try row.map {
            StoredSession(
                tokenHash: try $0.text("token_hash"), username: try $0.text("username"),
                csrfToken: try $0.text("csrf_token"),
                createdAt: Date(storedSeconds: try $0.decode(column: "created_at", as: Int64.self)),
                lastSeenAt: Date(storedSeconds: try $0.decode(column: "last_seen_at", as: Int64.self)))
        }
    }

    func touchSession(tokenHash: String, at time: Date) async throws {
        try await connection.run("record the session's use") { db in
            try await db.update("sessions").set("last_seen_at", to: time.storedSeconds)
                .where("token_hash", .equal, tokenHash).run()
        }
    }

    func removeSession(tokenHash: String) async throws {
        try await connection.run("end the session") { db in
            try await db.delete(from: "sessions").where("token_hash", .equal, tokenHash).run()
        }
    }

    func removeSessions(createdBefore: Date, lastSeenBefore: Date) async throws {
        try await connection.run("end expired sessions") { db in
            try await db.delete(from: "sessions")
                .where("created_at", .lessThan, createdBefore.storedSeconds)
                .orWhere("last_seen_at", .lessThan, lastSeenBefore.storedSeconds)
                .run()
        }
    }
}
