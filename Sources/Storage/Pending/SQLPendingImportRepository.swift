import Foundation
import SQLKit

/// Pending uploads in `pending_imports`.
struct SQLPendingImportRepository: PendingImportRepository {
    let connection: Connection

    func hold(tokenHash: String, username: String, kind: String, payload: String, at time: Date, expiredBefore: Date)
        async throws
    {
        try await connection.run("keep the upload until it is confirmed") { db in
            try await db.delete(from: "pending_imports")
                .where("created_at", .lessThan, expiredBefore.storedSeconds).run()
            try await db.insert(into: "pending_imports")
                .columns("token_hash", "username", "kind", "payload_json", "created_at")
                .values(
                    SQLBind(tokenHash), SQLBind(username), SQLBind(kind), SQLBind(payload),
                    SQLBind(time.storedSeconds)
                ).run()
        }
    }

    func take(tokenHash: String, username: String, kind: String, expiredBefore: Date) async throws -> String? {
        try await connection.run("take the confirmed upload") { db in
            let row = try await db.raw(
                """
                DELETE FROM pending_imports WHERE token_hash = \(bind: tokenHash) AND username = \(bind: username)
                AND kind = \(bind: kind) AND created_at >= \(bind: expiredBefore.storedSeconds)
                RETURNING payload_json
                """
            ).first()
            return try row?.text("payload_json")
        }
    }
}
