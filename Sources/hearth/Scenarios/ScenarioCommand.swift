import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Storage

/// `hearth scenario`: what-if scenarios in the council's terms, run, saved and compared.
struct ScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "What-if scenarios: recruit foster carers, open homes, block beds, step children down, change "
            + "entries or prices — priced against the baseline projection, saved and compared.",
        subcommands: [
            ScenarioRunCommand.self, ScenarioSaveCommand.self, ScenarioCompareCommand.self, ScenarioListCommand.self,
            ScenarioDeleteCommand.self,
        ])
}

/// The lever options shared by `run` and `save`.
struct LeverOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "households=N,by=DATE[,places=N,instead=fostering-ifa|residential-external,cost=£]", valueName: "fields"))
    var recruit: [String] = []
    @Option(
        help: ArgumentHelp(
            "beds=N,opens=DATE,weekly=£[,capital=£,ramp=MONTHS,delay=DAYS,children=A;B|highest=N,ages=8-16]",
            valueName: "fields"))
    var openHome: [String] = []
    @Option(help: ArgumentHelp("beds=N,from=DATE,weekly=£[,until=DATE]", valueName: "fields"))
    var block: [String] = []
    @Option(
        help: ArgumentHelp(
            "per-month=N,from=DATE[,to=fostering-in-house|fostering-ifa|supported,weekly=£,children=…|highest=N,ages=…]",
            valueName: "fields"))
    var stepDown: [String] = []
    @Option(help: ArgumentHelp("percent=-10,from=DATE", valueName: "fields"))
    var entries: [String] = []
    @Option(help: ArgumentHelp("kind=residential,percent=5,from=DATE", valueName: "fields"))
    var priceUplift: [String] = []
    @Option(
        help: ArgumentHelp(
            "from-state=residential:10-16|entry,to-state=fostering:10-16,multiply=1.2|add=0.001", valueName: "fields"))
    var rate: [String] = []

    /// The levers in the order of the options' kinds, each read with its problems named.
    func levers() throws -> [Lever] {
        let given: [(LeverKind, [String])] = [
            (.recruit, recruit), (.openHome, openHome), (.block, block), (.stepDown, stepDown), (.entries, entries),
            (.priceUplift, priceUplift), (.rate, rate),
        ]
        do {
            return try given.flatMap { kind, texts in try texts.map { try LeverSpec(kind: kind, text: $0).lever() } }
        } catch let error as LeverSpecError {
            throw ValidationError("--\(error.description)")
        }
    }
}

/// `--la`, `--paths` and `--db`.
struct ScenarioTarget: ParsableArguments {
    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(help: "Monte-Carlo paths for the likely ranges (0: the Markov projection alone).") var paths = 0
    @Option(help: "table (for people), csv or json.") var format: OutputFormat = .table
    @OptionGroup var database: DatabaseOptions

    func compare(_ scenarios: [Scenario], store: HearthStore, authority: AuthorityCode) async throws
        -> ScenarioComparison
    {
        do {
            return try await ScenarioRun.compare(scenarios, authority: authority, paths: paths, store: store)
        } catch let error as ScenarioError {
            throw ValidationError(error.description)
        }
    }

    func print(_ comparison: ScenarioComparison) throws {
        switch format {
        case .table: Swift.print(comparison.table)
        case .csv: Swift.print(comparison.csv, terminator: "")
        case .json: Swift.print(try prettyJSON(comparison.results, snakeCase: true))
        }
    }
}
