import Foundation
import SQLKit

/// Accounts and failed sign-ins in SQL tables (see `Migration.accounts`); the same statements run on
/// SQLite and PostgreSQL.
struct SQLAccountRepository: AccountRepository {
    let connection: Connection

    static let columns = ["username", "role", "password_hash", "disabled", "created_at", "all_authorities"]

    func add(_ account: Account) async throws {
        try await connection.run("add the account") { db in
            let existing = try await db.select().column("username").from("accounts")
                .where("username", .equal, account.username).first()
            if existing != nil { throw AccountError.accountExists(account.username) }
            try await db.insert(into: "accounts").columns(Self.columns)
                .values(
                    SQLBind(account.username), SQLBind(account.role.rawValue), SQLBind(account.passwordHash),
                    SQLBind(account.isDisabled ? 1 : 0), SQLBind(account.createdAt.storedSeconds),
                    SQLBind(account.authorities == .all ? 1 : 0)
                )
                .run()
            try await Self.insertAuthorities(account.authorities, for: account.username, db)
        }
    }

    func account(named username: String) async throws -> Account? {
        let (rows, granted) = try await connection.run("read the account") { db in
            let rows = try await db.select().columns(Self.columns).from("accounts")
                .where("username", .equal, username).all()
            return (rows, try await Self.grantedAuthorities(db, username: username))
        }
        return try rows.first.map { try Self.account($0, granted: granted) }
    }

    func accounts() async throws -> [Account] {
        let (rows, granted) = try await connection.run("read the accounts") { db in
            let rows = try await db.select().columns(Self.columns).from("accounts").orderBy("username").all()
            return (rows, try await Self.grantedAuthorities(db, username: nil))
        }
        return try rows.map { try Self.account($0, granted: granted) }
    }

    func setPasswordHash(_ hash: String, for username: String) async throws {
        try await update(username, "change the password") { db in
            try await db.update("accounts").set("password_hash", to: hash).where("username", .equal, username).run()
            try await db.delete(from: "sessions").where("username", .equal, username).run()
        }
    }

    func disable(_ username: String) async throws {
        try await update(username, "disable the account") { db in
            try await db.update("accounts").set("disabled", to: 1).where("username", .equal, username).run()
            try await db.delete(from: "sessions").where("username", .equal, username).run()
        }
    }

    func enable(_ username: String) async throws {
        try await update(username, "enable the account") { db in
            try await db.update("accounts").set("disabled", to: 0).where("username", .equal, username).run()
        }
    }

    /// Checks the account exists, then runs `body`, in one turn on the connection.
    func update(
        _ username: String, _ action: String,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Void
    ) async throws {
        try await connection.run(action) { db in
            let existing = try await db.select().column("username").from("accounts")
                .where("username", .equal, username).first()
            guard existing != nil else { throw AccountError.noSuchAccount(username) }
            try await body(db)
        }
    }

    static func account(_ row: any SQLRow, granted: [String: Set<String>]) throws -> Account {
        let roleText = try row.text("role")
        guard let role = Role(rawValue: roleText) else {
            throw StorageError.queryFailed(
                action: "read the account", reason: "column role holds '\(roleText)', not a role")
        }
        return Account(
            username: try row.text("username"), role: role, passwordHash: try row.text("password_hash"),
            isDisabled: try row.decode(column: "disabled", as: Int.self) != 0,
            createdAt: Date(storedSeconds: try row.decode(column: "created_at", as: Int64.self)),
            authorities: try row.decode(column: "all_authorities", as: Int.self) != 0
                ? .all : .only(granted[try row.text("username")] ?? []))
    }
}
