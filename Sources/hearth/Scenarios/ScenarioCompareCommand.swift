import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Storage

/// `hearth scenario compare`: two to four saved scenarios side by side.
struct ScenarioCompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two to four saved scenarios against the baseline, month by month.")

    @Argument(help: ArgumentHelp("Saved scenarios' names.", valueName: "name")) var names: [String]
    @OptionGroup var target: ScenarioTarget

    func validate() throws {
        guard (2...ScenarioComparison.maximumScenarios).contains(names.count) else {
            throw ValidationError("Name two to four saved scenarios; `hearth scenario list` lists them.")
        }
    }

    func run() async throws {
        let comparison = try await HearthStore.using(target.database) { store in
            let authority = try await AuthorityChoice.resolve(target.la, in: store)
            var scenarios: [Scenario] = []
            for name in names {
                do {
                    scenarios.append(try await ScenarioLibrary.find(name, authority: authority, in: store).scenario)
                } catch let error as ScenarioLibraryError {
                    throw ValidationError(error.description + "; `hearth scenario list` lists them.")
                }
            }
            return try await target.compare(scenarios, store: store, authority: authority)
        }
        try target.print(comparison)
    }
}

/// `hearth scenario list`: the saved scenarios.
struct ScenarioListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the saved scenarios.")

    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let saved = try await HearthStore.using(database) { store in
            try await ScenarioLibrary.list(authority: try await AuthorityChoice.resolve(la, in: store), in: store)
        }
        if saved.isEmpty { return print("No saved scenarios. `hearth scenario save` saves one.") }
        for stored in saved {
            print("\(stored.scenario.name) — saved by \(stored.owner) on \(Day.inLondon(stored.savedAt).long)")
            for lever in stored.scenario.levers { print("  - \(lever.summary)") }
        }
    }
}

/// `hearth scenario delete NAME`.
struct ScenarioDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a saved scenario.")

    @Argument(help: ArgumentHelp("The scenario's name.", valueName: "name")) var name: String
    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await HearthStore.using(database) { store in
            let authority = try await AuthorityChoice.resolve(la, in: store)
            do {
                let stored = try await ScenarioLibrary.find(name, authority: authority, in: store)
                try await ScenarioLibrary.delete(
                    stored, from: store, by: ImportActor(username: commandLineActor(), time: Date()))
            } catch let error as ScenarioLibraryError { throw ValidationError(error.description) }
        }
        print("Deleted scenario \"\(name)\".")
    }
}
