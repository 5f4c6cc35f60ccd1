import ArgumentParser
import CareModel
import CouncilTasks
import Foundation
import Interchange
import Logging
import Storage
import Synthetic
import WebApp

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Try Hearth on a made-up authority: generate its returns, import them, and open the web pages.",
        discussion: """
            Makes six years of synthetic SSDA903 returns for one authority (no real children), imports them
            into a SQLite file through the same checks as real files, and serves the web application.
            Without --db the database goes in a new temporary folder.
            """
    )

    @Option(
        help: ArgumentHelp("SQLite file to put the demo data in. Default: a new temporary file.", valueName: "path"))
    var db: String?

    @Option(help: "Seed for the made-up authority.")
    var seed: UInt64 = 7

    @OptionGroup var listen: ListenOptions

    @Flag(
        help:
            "Make the database and the demo account, print the password, and stop without serving (for tests and benchmarks)."
    )
    var noServe = false

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-demo-\(ProcessInfo.processInfo.processIdentifier)").path
        let database = DatabaseOptions(path: db ?? folder + "/hearth.sqlite")
        let returns = folder + "/returns"
        Terminal.say("Making a synthetic authority (seed \(seed)) in \(returns)…")
        let settings = try SyntheticRegion.Settings.validated(
            seed: seed, authorities: 1, years: 6,
            lastReturnYearEnding: 2025)
        let region = SyntheticRegion.generate(settings)
        _ = try region.write(to: returns)
        switch try await SSDA903ImportRun(paths: [returns], defaultAuthority: "LA").run(database: database) {
        case .imported(_, let report):
            Terminal.say("Imported \(report.childrenAffected.grouped) children into \(database.db).")
        case .unchanged: Terminal.say("\(database.db) already holds this authority.")
        }
        var logger = Logger(label: "hearth")
        logger.logLevel = .info
        try await HearthStore.using(database) { store in
            try await Self.loadBudget(authority: region.authorities[0].code, folder: returns, store: store)
            let signIn = try await Self.demoAccount(store)
            guard !noServe else {
                Terminal.say("Serve it with: hearth serve --db \(database.db)")
                for line in signIn.lines { Terminal.say(line) }
                return
            }
            try await listen.serve(store, logger: logger, signInHint: signIn.lines.joined(separator: "\n"))
        }
    }

    /// Creates the `demo` admin account, or gives it a new password if a previous demo made it, sets up its
    /// two-factor sign-in afresh (administrators must have it), and returns what to print: the demo has no
    /// other way to sign in.
    static func demoAccount(_ store: HearthStore) async throws -> DemoSignIn {
        let password = UserAccounts.randomPassword()
        let accounts = UserAccounts(store: store)
        if try await store.accounts.account(named: "demo") == nil {
            try await accounts.add("demo", role: .admin, password: password, twoFactor: false, by: "cli:demo")
        } else {
            try await accounts.resetPassword("demo", to: password, by: "cli:demo")
        }
        let enrolment = try await accounts.setUpTwoFactor(for: "demo", by: "cli:demo")
        return DemoSignIn(password: password, enrolment: enrolment)
    }

    /// Imports the authority's costs register and budget and closes November of the latest year.
    static func loadBudget(authority: AuthorityCode, folder: String, store: HearthStore) async throws {
        let actor = ImportActor(username: commandLineActor(), time: Date())
        let loaded = try await AuthorityFolderImport(authority: authority, folder: folder).run(store: store, by: actor)
        try await ExampleScenarios.save(authority: authority, to: store, by: actor, today: .todayInLondon())
        guard let year = loaded.year else { return }
        Terminal.say(
            "Loaded \(loaded.costEntries.grouped) placement costs and the \(year.label) budget; the monitor opens on December \(year.startYear)."
        )
    }
}

extension DatabaseOptions {
    /// Options naming one database, for commands that choose it themselves.
    init(path: String) {
        self.init()
        self.db = path
    }
}
