import ArgumentParser
import CouncilTasks
import Storage

struct UserTwoFactorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "two-factor",
        abstract: "Require two-factor sign-in for an account: print a new authenticator key and recovery codes.",
        discussion: """
            Setting it up again replaces the key and the recovery codes (for a lost phone) and ends the account's \\
            sessions. --off lets the account sign in with its password alone again; administrators cannot.
            """
    )

    @Argument(help: "Username.")
    var name: String

    @Flag(help: "Stop requiring two-factor sign-in for this account (not for administrators).")
    var off = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let enrolment = try await HearthStore.using(database) { store -> TwoFactorEnrolment? in
            let accounts = UserAccounts(store: store)
            if off {
                try await accounts.removeTwoFactor(for: name, by: commandLineActor())
                return nil
            }
            return try await accounts.setUpTwoFactor(for: name, by: commandLineActor())
        }
        guard let enrolment else {
            Terminal.say("\(name) signs in with a password alone again.")
            return
        }
        for line in enrolment.instructions { Terminal.say(line) }
    }
}
