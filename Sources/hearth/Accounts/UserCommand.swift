import ArgumentParser
import CouncilTasks
import Foundation
import Storage

/// `hearth user …`: the local accounts people sign in to the web application with.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, reset, disable, enable and list the accounts that sign in to the web application.",
        discussion: """
            Roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")). Passwords are read from standard input,
            one line, at least \(UserAccounts.minimumPasswordLength) characters, so scripts can pipe them in:
              echo 'a long pass phrase' | hearth user add dana --role finance
            Every change is written to the audit log (hearth audit).
            """,
        subcommands: [
            UserAddCommand.self, UserResetCommand.self, UserDisableCommand.self, UserEnableCommand.self,
            UserListCommand.self, UserScopeCommand.self, UserTwoFactorCommand.self,
        ]
    )
}

extension Role: ExpressibleByArgument {}

/// Who ran a `hearth` command, as the audit log names them: "cli:" and the operating-system user.
func commandLineActor() -> String {
    "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? NSUserName())
}

/// The password from standard input: one line, without its line ending. Prompts only on a terminal.
func readPassword(prompt: String) throws -> String {
    if isatty(0) == 1 { Terminal.error(prompt) }
    guard let line = readLine(strippingNewline: true) else {
        throw ValidationError(
            "Give the password on standard input, for example: echo '…' | hearth user add NAME --role ROLE")
    }
    return line
}
