import ArgumentParser
import CouncilTasks
import Storage

struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account. Reads its password from standard input (one line, at least 12 characters).",
        discussion: """
            Example: echo 'a long pass phrase' | hearth user add dana --role finance --authority 201
            Without --authority or --all-authorities the account sees the one authority the database holds (every \
            authority while it holds none); a database of several authorities needs one of them.
            """
    )

    @Argument(help: "Username: lowercase letters, digits, dots, underscores or hyphens.")
    var name: String

    @Option(
        help: ArgumentHelp(
            "The account's role.",
            valueName: "role"))
    var role: Role

    @OptionGroup var scope: AuthorityScopeOptions

    @Flag(
        help:
            "Require two-factor sign-in (an authenticator app's code) for this account; administrators always need it.")
    var twoFactor = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let password = try readPassword(prompt: "Password for \(name) (at least 12 characters): ")
        let added = try await HearthStore.using(database) { store in
            try await UserAccounts(store: store).add(
                name, role: role, password: password, authorities: scope.scope,
                twoFactor: twoFactor ? true : nil, by: commandLineActor())
        }
        Terminal.say("Added \(name) as \(role.rawValue), seeing \(added.authorities.summary).")
        for line in added.twoFactor?.instructions ?? [] { Terminal.say(line) }
    }
}

struct UserResetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Set a new password for an account (read from standard input) and lift any sign-in lockout.",
        discussion: "Example: echo 'a new long pass phrase' | hearth user reset dana"
    )

    @Argument(help: "Username.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let password = try readPassword(prompt: "New password for \(name) (at least 12 characters): ")
        try await HearthStore.using(database) { store in
            try await UserAccounts(store: store).resetPassword(name, to: password, by: commandLineActor())
        }
        Terminal.say("Changed the password of \(name).")
    }
}

struct UserDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "Stop an account signing in and end its sessions. The account stays for the audit log."
    )

    @Argument(help: "Username.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await HearthStore.using(database) { store in
            try await UserAccounts(store: store).disable(name, by: commandLineActor())
        }
        Terminal.say("Disabled \(name).")
    }
}

struct UserEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: "Let a disabled account sign in again (with its old password; `user reset` gives it a new one)."
    )

    @Argument(help: "Username.")
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await HearthStore.using(database) { store in
            try await UserAccounts(store: store).enable(name, by: commandLineActor())
        }
        Terminal.say("Enabled \(name).")
    }
}
