import ArgumentParser
import CareModel
import Foundation
import Interchange
import Logging
import Storage

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

    @Option(help: ArgumentHelp("SQLite file to put the demo data in. Default: a new temporary file.", valueName: "path"))
    var db: String?

    @Option(help: "Seed for the made-up authority.")
    var seed: UInt64 = 7

    @OptionGroup var listen: ListenOptions

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-demo-\(ProcessInfo.processInfo.processIdentifier)").path
        let database = DatabaseOptions(path: db ?? folder + "/hearth.sqlite")
        let returns = folder + "/returns"
        Terminal.say("Making a synthetic authority (seed \(seed)) in \(returns)…")
        let settings = try SyntheticRegion.Settings.validated(seed: seed, authorities: 1, years: 6,
                                                              lastReturnYearEnding: 2025)
        _ = try SyntheticRegion.generate(settings).write(to: returns)
        switch try await SSDA903ImportRun(paths: [returns], defaultAuthority: "LA").run(database: database) {
        case .imported(_, let report): Terminal.say("Imported \(report.childrenAffected.grouped) children into \(database.db).")
        case .unchanged: Terminal.say("\(database.db) already holds this authority.")
        }
        var logger = Logger(label: "hearth")
        logger.logLevel = .info
        try await HearthStore.using(database) { store in try await listen.serve(store, logger: logger) }
    }
}

extension DatabaseOptions {
    /// Options naming one database, for commands that choose it themselves.
    init(path: String) {
        self.init()
        self.db = path
    }
}
