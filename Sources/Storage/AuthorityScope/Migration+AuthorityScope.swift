import SQLKit

extension Migration {
    /// Version 10: which authorities each account may see. `accounts.all_authorities` = 1 for every authority
    /// (a regional hub's roles), otherwise the rows of `account_authorities`.
    ///
    /// Existing accounts: in a database holding one authority they get that authority; in an empty one, every
    /// authority (there is nothing to keep apart yet); in one holding several, none until an administrator
    /// sets them with `hearth user scope` — guessing which council a person works for would be worse.
    static let authorityScope = Migration(version: 10, name: "authority scope of accounts") { db in
        try await db.alter(table: "accounts").column("all_authorities", type: .int, .notNull, .default(0)).run()
        try await db.create(table: "account_authorities")
            .column("username", type: .text, .notNull, .references("accounts", "username", onDelete: .cascade))
            .column("authority", type: .text, .notNull)
            .primaryKey("username", "authority")
            .run()
        let held = try await db.select().distinct().column("authority").from("children").limit(2).all()
            .map { try $0.decode(column: "authority", as: String.self) }
        if held.isEmpty {
            try await db.update("accounts").set("all_authorities", to: 1).run()
        } else if held.count == 1 {
            try await db.raw(
                """
                INSERT INTO account_authorities (username, authority) SELECT username, \(bind: held[0]) FROM accounts
                """
            ).run()
        }
    }
}
