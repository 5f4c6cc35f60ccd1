import ArgumentParser
import CouncilTasks
import Storage

struct UserScopeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scope",
        abstract: "Set which authorities' children an account may see, and end its sessions.",
        discussion: "Example: hearth user scope dana --authority 201 --authority 202"
    )

    @Argument(help: "Username.")
    var name: String

    @OptionGroup var scope: AuthorityScopeOptions

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if scope.scope == nil { throw ValidationError("Give --authority CODE (repeat for more) or --all-authorities.") }
    }

    func run() async throws {
        let chosen = scope.scope ?? .noAuthority
        try await HearthStore.using(database) { store in
            try await UserAccounts(store: store).setAuthorities(chosen, for: name, by: commandLineActor())
        }
        Terminal.say("\(name) may now see: \(chosen.summary).")
    }
}
