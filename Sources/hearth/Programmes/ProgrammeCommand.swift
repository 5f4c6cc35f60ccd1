import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

/// `hearth programme`: the council's programmes (step-down, reunification, Right Child Right Care…), their
/// children's plans and what they save.
struct ProgrammeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Programmes and children's plans: cohort tables, cost avoidance and slippage, and plan updates.",
        subcommands: [ProgrammeListCommand.self, ProgrammeShowCommand.self, PlanUpdateCommand.self],
        defaultSubcommand: ProgrammeListCommand.self)
}

/// `--la`, `--date` and `--db`, shared by the programme commands.
struct ProgrammeTarget: ParsableArguments {
    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(help: ArgumentHelp("The day, YYYY-MM-DD. Default: the day the returns run to.", valueName: "date"))
    var date: Day?
    @OptionGroup var database: DatabaseOptions

    func report() async throws -> ProgrammesReport {
        try await HearthStore.using(database) { store in
            try await ProgrammesReport.load(
                authority: try await AuthorityChoice.resolve(la, in: store), on: date, store: store,
                today: .todayInLondon())
        }
    }
}

/// `hearth programme list`: each programme's target, anticipated and realised savings for the year.
struct ProgrammeListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Each programme: plans, the year's savings target, anticipated and realised savings, slippage.",
        discussion: """
            --format csv: programme,name,kind,plans,achieved,on_track,unconfirmed,out_of_scope,target,
            anticipated_in_year,realised_in_year,slippage_in_year (money in pounds, unformatted).
            """)

    @OptionGroup var target: ProgrammeTarget
    @Option(help: "table (for people), csv or json.") var format: OutputFormat = .table

    func run() async throws {
        let report = try await target.report()
        switch format {
        case .table: print(report.table)
        case .csv: print(report.csv, terminator: "")
        case .json: print(try prettyJSON(report.programmes.map(ProgrammeLine.init), snakeCase: true))
        }
    }
}

/// `hearth programme show ID`: one programme's cohort table and plans.
struct ProgrammeShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One programme: its cohort table (achieved, on track, yet to be confirmed, no longer in scope) "
            + "and every plan with its status and savings.",
        discussion: """
            --format csv: one row per plan: plan,child,status,cohort,destination,identified,first_target_date,
            target_date,current_weekly,target_weekly,weekly_saving,in_year,full_year,to_18,slippage_in_year,
            moved,realised_to_date.
            """)

    @Argument(help: ArgumentHelp("The programme's reference, e.g. STEPS.", valueName: "programme")) var id: String
    @OptionGroup var target: ProgrammeTarget
    @Option(help: "table (for people), csv or json.") var format: OutputFormat = .table

    func run() async throws {
        let report = try await target.report()
        guard let programme = report.programme(id) else {
            throw ValidationError(
                "Authority \(report.authority) has no programme \(id). `hearth programme list` lists them.")
        }
        switch format {
        case .table: print(programme.table)
        case .csv: print(programme.csv, terminator: "")
        case .json: print(try prettyJSON(programme, snakeCase: true))
        }
    }
}
