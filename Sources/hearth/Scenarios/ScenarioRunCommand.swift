import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Storage

/// `hearth scenario run`: one scenario from levers on the command line, against the baseline.
struct ScenarioRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario from levers given here, against the baseline (nothing is saved).",
        discussion: """
            Each lever is an option with name=value fields, and may be given more than once, e.g.
              hearth scenario run --open-home "beds=3,opens=2025-09-01,weekly=9000,children=C1;C2;C3"
            --format csv: scenario,month,fostering,residential,supported,other,cost,cost_low,cost_high,
            baseline_cost,difference,investment,cumulative_net_saving.
            """)

    @Option(help: "The scenario's name.") var name = "Scenario"
    @OptionGroup var levers: LeverOptions
    @OptionGroup var target: ScenarioTarget

    func run() async throws {
        let scenario = Scenario(name: name, levers: try levers.levers())
        let comparison = try await HearthStore.using(target.database) { store in
            try await target.compare(
                [scenario], store: store, authority: try await AuthorityChoice.resolve(target.la, in: store))
        }
        try target.print(comparison)
    }
}

/// `hearth scenario save`: a named scenario kept for comparing later.
struct ScenarioSaveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Save a scenario under a name (replacing one of that name), to compare later and to see on the "
            + "Scenarios page. Recorded in the audit log.")

    @Option(help: "The scenario's name.") var name: String
    @OptionGroup var levers: LeverOptions
    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let scenario = Scenario(name: name, levers: try levers.levers())
        let saved = try await HearthStore.using(database) { store in
            let authority = try await AuthorityChoice.resolve(la, in: store)
            do {
                return try await ScenarioLibrary.save(
                    scenario, authority: authority, to: store,
                    by: ImportActor(username: commandLineActor(), time: Date()))
            } catch let error as ScenarioError {
                throw ValidationError(error.description)
            } catch let error as ScenarioLibraryError {
                throw ValidationError(error.description)
            }
        }
        print(
            "Saved scenario \"\(saved.scenario.name)\" for authority \(saved.authority) (\(saved.scenario.levers.count) levers)."
        )
    }
}
