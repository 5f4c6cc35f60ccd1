import ArgumentParser
import Foundation
import Storage

struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the accounts, their roles and the authorities they may see.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let accounts = try await HearthStore.using(database) { store in try await store.accounts.accounts() }
        guard !accounts.isEmpty else {
            Terminal.say("No accounts yet. Add one with: echo '…' | hearth user add NAME --role admin")
            return
        }
        let width = max(8, accounts.map(\.username.count).max() ?? 0)
        Terminal.say(
            "Username".padding(toLength: width, withPad: " ", startingAt: 0)
                + "  Role           Status    Created               Authorities")
        for account in accounts {
            let role = account.role.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
            let status = (account.isDisabled ? "disabled" : "active").padding(toLength: 8, withPad: " ", startingAt: 0)
            Terminal.say(
                account.username.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  \(role)  \(status)  \(account.createdAt.ISO8601Format())  \(account.authorities.summary)")
        }
    }
}
