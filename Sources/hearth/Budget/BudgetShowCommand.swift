import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

struct BudgetShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the monitor for a month: budget, forecast outturn to 31 March, and variances.",
        discussion: """
            The forecast for each budget line = actual spend from 1 April to the end of the month, from the costs
            register, + spend committed from then to 31 March on every placement open at the end of the month
            (to its planned end, or to the day before the child's 18th birthday unless the placement continues
            past 18), + an allowance for placements not yet made (--allowance). A placement is paid for each day
            from its start to its end, both included, except that a child's move day is paid by the new home.
            Cost of a stretch of days = weekly cost × days ÷ 7, in pence.

            "Variance to previous" compares with the forecast frozen when last month was closed
            (`hearth budget close`), i.e. what was actually reported, not a recomputation.

            Views (--view): monitor (the seed table), make-up (actual, committed and allowance per line),
            movements (why each line moved since last month, with the children behind it), placements (every
            placement behind the forecast), high-cost (£10,000 a week or more), unregistered, exceptions
            (costs with no SSDA903 placement and placements with no cost). The table format prints them all.
            --format xlsx writes every view as a sheet of one workbook (to --out, default hearth-budget-YYYY-MM.xlsx).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, xlsx }

    @OptionGroup var options: BudgetOptions
    @Option(help: "table, csv, json or xlsx.") var format: Format = .table
    @Option(
        help: "For csv: which table (monitor, make-up, movements, placements, high-cost, unregistered, exceptions).")
    var view: BudgetView = .monitor
    @Option(help: ArgumentHelp("Write to this file instead of the screen.", valueName: "file")) var out: String?

    func validate() throws {
        guard view == .monitor || format == .csv else {
            throw ValidationError(
                "--view chooses one table for --format csv; the \(format.rawValue) format already holds every view.")
        }
    }

    func run() async throws {
        let run = try await HearthStore.using(options.database) { store in
            try await MonitorReport.load(
                store: store, la: options.la, period: options.period,
                allowance: options.allowance, plannedMoves: options.plannedMoves)
        }
        switch format {
        case .table: try emit(run.report)
        case .csv: try emit(run.sheet(view).csv)
        case .json: try emit(run.json())
        case .xlsx: try writeWorkbook(run)
        }
    }

    func emit(_ text: String) throws {
        guard let out else { print(text, terminator: ""); return }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("Wrote \(out).")
    }

    func writeWorkbook(_ run: MonitorReport) throws {
        let path = out ?? "hearth-budget-\(options.period.calendarMonthText).xlsx"
        try Data(run.workbook(namingChildren: true)).write(to: URL(fileURLWithPath: path), options: .atomic)
        print("Wrote \(path).")
    }
}

extension BudgetView: ExpressibleByArgument {}
