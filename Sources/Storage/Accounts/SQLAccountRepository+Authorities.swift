import SQLKit

extension SQLAccountRepository {
    func setAuthorities(_ scope: AuthorityScope, for username: String) async throws {
        try await update(username, "set the account's authorities") { db in
            try await db.update("accounts").set("all_authorities", to: scope == .all ? 1 : 0)
                .where("username", .equal, username).run()
            try await db.delete(from: "account_authorities").where("username", .equal, username).run()
            try await Self.insertAuthorities(scope, for: username, db)
            try await db.delete(from: "sessions").where("username", .equal, username).run()
        }
    }

    static func insertAuthorities(_ scope: AuthorityScope, for username: String, _ db: any SQLDatabase) async throws {
        guard case .only(let authorities) = scope else { return }
        for authority in authorities.sorted() {
            try await db.insert(into: "account_authorities").columns("username", "authority")
                .values(SQLBind(username), SQLBind(authority)).run()
        }
    }

    /// The authorities granted to `username` (or to every account when `nil`), by username.
    static func grantedAuthorities(_ db: any SQLDatabase, username: String?) async throws -> [String: Set<String>] {
        let query = db.select().columns("username", "authority").from("account_authorities")
        if let username { query.where("username", .equal, username) }
        var granted: [String: Set<String>] = [:]
        for row in try await query.all() {
            granted[try row.text("username"), default: []].insert(try row.text("authority"))
        }
        return granted
    }
}
