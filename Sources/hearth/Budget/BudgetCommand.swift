import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Storage

struct BudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "The monthly budget monitor: budget, forecast outturn and variance by placement budget line.",
        subcommands: [BudgetShowCommand.self, BudgetCloseCommand.self],
        defaultSubcommand: BudgetShowCommand.self
    )
}

/// Options shared by showing and closing a month.
struct BudgetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The month, YYYY-MM (2024-12 is P9 of 2024-25).", valueName: "month"))
    var period: Period

    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?

    @Option(
        help: ArgumentHelp(
            "Allowance for placements not yet made: none; recent-N (the average net new placements a month over the last N months, at the line's average cost); or projected (the demand projection's cost per line to 31 March less committed spend, floored at zero).",
            valueName: "method"))
    var allowance: DemandAllowance = .none

    @Flag(
        help:
            "Count on programme plans on track: reprice each child from the plan's target date to its target home's weekly cost (shown as its own column and movement)."
    )
    var plannedMoves = false

    @OptionGroup var database: DatabaseOptions

}

struct BudgetCloseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a month: freeze its forecast as reported, so next month's variance compares with it.",
        discussion: "A closed month cannot be closed again: what was reported stays as it was reported."
    )

    @OptionGroup var options: BudgetOptions

    func run() async throws {
        try await HearthStore.using(options.database) { store in
            let run = try await MonitorReport.load(
                store: store, la: options.la, period: options.period,
                allowance: options.allowance, plannedMoves: options.plannedMoves)
            try await store.budget.closePeriod(
                authority: run.authority, period: options.period,
                forecastJSON: try run.frozenForecastJSON,
                closedAt: Date())
            try await store.audit.append(
                AuditEntry(
                    time: Date(), username: commandLineActor(), action: .closeMonth,
                    detail: "\(options.period.label) for \(run.authority)"))
            print(
                "\(options.period.label) closed for authority \(run.authority): forecast £\(run.forecast.total.forecast.millions)m "
                    + "against a budget of £\(run.forecast.total.budget.millions)m is frozen.")
        }
    }
}
