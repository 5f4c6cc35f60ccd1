import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange

struct ProjectBacktestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Test the projection methods on this council's own past: which would have forecast best?",
        discussion: """
            Cuts the history at earlier dates (by default every three months, from 30 to 6 months before the
            data ends), projects forward from each cut using only what was known then, and compares with what
            actually happened at +6, +12 and +24 months. Prints, per method and horizon, the mean absolute error
            (children) and mean absolute percentage error of the total and of each kind of home.
            Methods (--methods, comma-separated; default all): plain (the regional model), seasonal (entries by
            month of year), seasonalTrend (and a trend), montecarlo (the mean of --paths seeded paths with the plain
            rates), montecarlo-duration (paths whose moves and exits depend on time in placement).
            """
    )

    @Option(help: "Months of history before each cut-off used to fit the rates.") var referenceMonths = 12
    @Option(help: ArgumentHelp("Horizons in months, comma-separated.", valueName: "months")) var horizons = "6,12,24"
    @Option(
        help: ArgumentHelp(
            "Cut-off dates (YYYY-MM-DD, comma-separated). Default: every 3 months from 30 to 6 months before the data ends.",
            valueName: "dates"))
    var cutoffs: String?
    @Option(help: ArgumentHelp("Methods to compare, comma-separated.", valueName: "methods"))
    var methods = BacktestMethod.allCases.map(\.rawValue).joined(separator: ",")
    @Option(help: "Monte-Carlo paths per cut-off.") var paths = 200
    @Option(help: "table or csv.") var format: OutputFormat = .table
    @OptionGroup var input: ProjectInput

    func run() async throws {
        let histories = try await input.loadHistories()
        guard !histories.isEmpty else { throw ValidationError("There are no children to test on.") }
        let horizonMonths = horizons.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !horizonMonths.isEmpty, horizonMonths.allSatisfy({ (1...48).contains($0) }) else {
            throw ValidationError("--horizons must be whole months from 1 to 48, like 6,12,24.")
        }
        let days = try cutoffDays(dataEnd: DemandHistory(histories: histories).dataEnd)
        let chosen = methods.split(separator: ",").map {
            BacktestMethod(rawValue: $0.trimmingCharacters(in: .whitespaces))
        }
        guard !chosen.isEmpty, chosen.allSatisfy({ $0 != nil }) else {
            throw ValidationError(
                "--methods must be some of \(BacktestMethod.allCases.map(\.rawValue).joined(separator: ", ")), comma-separated."
            )
        }
        guard (1...10_000).contains(paths) else { throw ValidationError("--paths must be between 1 and 10,000.") }
        let report = await Backtest.run(
            histories: histories, cutoffs: days, horizons: horizonMonths,
            referenceMonths: referenceMonths, methods: chosen.compactMap { $0 }, paths: paths)
        let sheet = Self.sheet(report)
        print(
            format == .csv
                ? sheet.csv
                : "Back-test: \(days.count) cut-offs, \(referenceMonths)-month reference window\n\n" + sheet.text,
            terminator: "")
    }

    func cutoffDays(dataEnd: Day) throws -> [Day] {
        guard let cutoffs else {
            return stride(from: 30, through: 6, by: -3).map { dataEnd.adding(months: -$0).endOfMonth }
        }
        let days = cutoffs.split(separator: ",").map { Day(iso: $0.trimmingCharacters(in: .whitespaces)) }
        guard !days.isEmpty, days.allSatisfy({ $0 != nil }) else {
            throw ValidationError("--cutoffs must be dates like 2023-03-31,2023-06-30.")
        }
        return days.compactMap { $0 }
    }

    static func sheet(_ report: BacktestReport) -> ReportSheet {
        var columns = ["Method", "Horizon (months)", "Cut-offs", "MAE total", "MAPE total %"]
        columns += DemandCategory.inCare.map { "MAE \($0.label)" }
        let rows = report.scores.map { score -> [ReportSheet.Cell] in
            [
                .text(score.method.rawValue), .count(score.horizonMonths), .count(score.cutoffs),
                .text(String(format: "%.1f", score.total.meanAbsoluteError)),
                .text(score.total.meanAbsolutePercentageError.map { String(format: "%.1f", $0) } ?? ""),
            ]
                + DemandCategory.inCare.map { category in
                    .text(score.accuracy(of: category).map { String(format: "%.1f", $0.meanAbsoluteError) } ?? "")
                }
        }
        return ReportSheet(name: "Back-test", columns: columns, rows: rows)
    }
}
