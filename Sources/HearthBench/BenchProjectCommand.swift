import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange

/// `hearth-bench project`: the file-based projection stage by stage, to see where its time goes.
struct BenchProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Time `hearth project --ssda903 PATH` stage by stage on existing SSDA903 files.",
        discussion: "Generate the files first (hearth generate --authorities 150 --years 6 for national size)."
    )

    @Argument(help: ArgumentHelp("SSDA903 files or folders.", valueName: "path")) var paths: [String]
    @Option(help: "Months to project.") var months = 24
    @Option(help: "How many times to run; the median is reported.") var runs = 3

    func run() async throws {
        var timings: [[Double]] = []
        var sizes = (episodes: 0, children: 0, rows: 0)
        for _ in 1...max(1, runs) {
            var t = monotonicSeconds()
            func lap() -> Double { let now = monotonicSeconds(); defer { t = now }; return now - t }
            let histories = try SSDA903Reader().histories(paths: paths)
            let read = lap()
            let history = DemandHistory(histories: histories)
            let split = lap()
            let rates = TransitionRates.observed(
                in: history, referenceStart: history.dataStart, referenceEnd: history.dataEnd)
            let observe = lap()
            let start = history.dataEnd
            let points = MarkovProjection.project(
                stock: history.stock(on: start), rates: rates, start: start,
                days: start.days(to: start.adding(months: months)))
            let project = lap()
            let csv = ProjectionRows(points: points.filter { $0.date == $0.date.endOfMonth }, byAge: false).csv
            let output = lap()
            sizes = (histories.reduce(0) { $0 + $1.episodes.count }, histories.count, history.rows.count)
            timings.append([read, split, observe, project, output, read + split + observe + project + output])
            _ = csv.count
        }
        print(
            "Projection from \(paths.joined(separator: " ")): \(sizes.episodes.grouped) episodes after cleaning, "
                + "\(sizes.children.grouped) children, \(sizes.rows.grouped) demand rows; median of \(timings.count) runs"
        )
        let names = [
            "read, validate, merge + clean", "cut at birthdays, link", "rates", "stock + projection",
            "output rows", "total",
        ]
        for (i, name) in names.enumerated() {
            let median = timings.map { $0[i] }.sorted()[timings.count / 2]
            print(name.rightPadded(to: 26) + String(format: "%8.3f s", median))
        }
    }
}
