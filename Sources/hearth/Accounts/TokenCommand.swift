import ArgumentParser
import CouncilTasks
import Foundation
import Storage

/// `hearth token …`: the API tokens programs (Power BI, scripts) send to read the JSON API.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract:
            "Make, list and revoke the API tokens programs use to read the JSON API (/api/v1, described at /openapi.yaml).",
        discussion: """
            A token acts with its account's role and stops working when it is revoked or its account is disabled. \
            Only a hash of it is stored, so it is shown once, when it is made. Programs send it as
              Authorization: Bearer TOKEN
            Every token made or revoked is written to the audit log (hearth audit).
            """,
        subcommands: [TokenAddCommand.self, TokenListCommand.self, TokenRevokeCommand.self]
    )
}

struct TokenAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Make a token for an account. Prints the token alone on standard output, once.",
        discussion: "Example: hearth token add dana --name \"Power BI finance dashboard\""
    )

    @Argument(help: "The account the token acts for (with that account's role).")
    var username: String

    @Option(help: "What will use the token, so the list and the audit log say (up to 100 characters).")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let (token, record) = try await HearthStore.using(database) { store in
            try await ApiTokens(store: store).issue(for: username, name: name, by: commandLineActor())
        }
        Terminal.say(token)
        Terminal.error(
            "Made API token \(record.id) (\(record.name)) for \(username). It is shown only this once: keep it "
                + "somewhere safe, such as the tool's credential store. Revoke it with: hearth token revoke \(record.id)"
        )
    }
}

struct TokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the API tokens (never the tokens themselves).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let (tokens, accounts) = try await HearthStore.using(database) { store in
            (try await store.apiTokens.tokens(), try await store.accounts.accounts())
        }
        guard !tokens.isEmpty else {
            Terminal.say("No API tokens yet. Make one with: hearth token add USERNAME --name NAME")
            return
        }
        let byName = Dictionary(accounts.map { ($0.username, $0) }, uniquingKeysWith: { a, _ in a })
        let rows =
            [["ID", "User", "Role", "Name", "Created", "Last used", "Status"]]
            + tokens.map { token in
                [
                    String(token.id), token.username, byName[token.username]?.role.rawValue ?? "", token.name,
                    token.createdAt.ISO8601Format(), token.lastUsedAt?.ISO8601Format() ?? "never",
                    Self.status(token, byName[token.username]),
                ]
            }
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        for row in rows {
            Terminal.say(
                zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
    }

    static func status(_ token: ApiToken, _ account: Account?) -> String {
        if let revoked = token.revokedAt { return "revoked \(revoked.ISO8601Format())" }
        return account.map { $0.isDisabled ? "account disabled" : "active" } ?? "no account"
    }
}

struct TokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Revoke a token by its ID (from hearth token list): it is refused from the next request on."
    )

    @Argument(help: "The token's ID.")
    var id: Int64

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await HearthStore.using(database) { store in
            try await ApiTokens(store: store).revoke(id, by: commandLineActor())
        }
        Terminal.say("Revoked API token \(id).")
    }
}
