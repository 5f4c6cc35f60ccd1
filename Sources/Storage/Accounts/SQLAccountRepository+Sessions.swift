import Foundation
import SQLKit

extension SQLAccountRepository {
    static let sessionColumns = [
        "token_hash", "username", "csrf_token", "created_at", "last_seen_at", "awaiting_second_factor",
    ]

    func addSession(_ session: StoredSession) async throws {
        try await connection.run("start the session") { db in
            try await db.insert(into: "sessions").columns(Self.sessionColumns)
                .values(
                    SQLBind(session.tokenHash), SQLBind(session.username), SQLBind(session.csrfToken),
                    SQLBind(session.createdAt.storedSeconds), SQLBind(session.lastSeenAt.storedSeconds),
                    SQLBind(session.awaitingSecondFactor ? 1 : 0)
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
                lastSeenAt: Date(storedSeconds: try $0.decode(column: "last_seen_at", as: Int64.self)),
                awaitingSecondFactor: try $0.decode(column: "awaiting_second_factor", as: Int.self) != 0)
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
