import Foundation
import SQLKit

/// API tokens in the `api_tokens` table (see `Migration.apiTokens`); the same statements run on SQLite
/// and PostgreSQL.
struct SQLApiTokenRepository: ApiTokenRepository {
    let connection: Connection

    static let columns = ["id", "username", "name", "token_hash", "created_at", "last_used_at", "revoked_at"]

    func add(username: String, name: String, tokenHash: String, createdAt: Date) async throws -> ApiToken {
        let id = try await connection.run("add the API token") { db in
            let account = try await db.select().column("username").from("accounts")
                .where("username", .equal, username).first()
            guard account != nil else { throw AccountError.noSuchAccount(username) }
            let row = try await db.insert(into: "api_tokens").columns("username", "name", "token_hash", "created_at")
                .values(SQLBind(username), SQLBind(name), SQLBind(tokenHash), SQLBind(createdAt.storedSeconds))
                .returning("id").first()
            return try row?.decode(column: "id", as: Int64.self) ?? 0
        }
        return ApiToken(
            id: id, username: username, name: name, tokenHash: tokenHash,
            createdAt: Date(storedSeconds: createdAt.storedSeconds))
    }

    func token(hash: String) async throws -> ApiToken? {
        let row = try await connection.run("read the API token") { db in
            try await db.select().columns(Self.columns).from("api_tokens").where("token_hash", .equal, hash).first()
        }
        return try row.map(Self.token)
    }

    func tokens() async throws -> [ApiToken] {
        let rows = try await connection.run("read the API tokens") { db in
            try await db.select().columns(Self.columns).from("api_tokens").orderBy("id").all()
        }
        return try rows.map(Self.token)
    }

    func recordUse(id: Int64, at time: Date) async throws {
        try await connection.run("record the API token's use") { db in
            try await db.update("api_tokens").set("last_used_at", to: time.storedSeconds).where("id", .equal, id).run()
        }
    }

    func revoke(id: Int64, at time: Date) async throws {
        try await connection.run("revoke the API token") { db in
            let row = try await db.select().column("revoked_at").from("api_tokens").where("id", .equal, id).first()
            guard let row else { throw AccountError.noSuchToken(id) }
            guard try row.decodeNil(column: "revoked_at") else { return }
            try await db.update("api_tokens").set("revoked_at", to: time.storedSeconds).where("id", .equal, id).run()
        }
    }

    static func token(_ row: any SQLRow) throws -> ApiToken {
        func time(_ column: String) throws -> Date? {
            try row.decodeNil(column: column)
                ? nil : Date(storedSeconds: try row.decode(column: column, as: Int64.self))
        }
        return ApiToken(
            id: try row.decode(column: "id", as: Int64.self), username: try row.text("username"),
            name: try row.text("name"), tokenHash: try row.text("token_hash"),
            createdAt: Date(storedSeconds: try row.decode(column: "created_at", as: Int64.self)),
            lastUsedAt: try time("last_used_at"), revokedAt: try time("revoked_at"))
    }
}
