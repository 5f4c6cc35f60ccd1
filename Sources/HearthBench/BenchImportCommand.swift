import ArgumentParser
import CareModel
import Forecasting
import Foundation
import Interchange
import Storage
import Synthetic

struct BenchImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Time an SSDA903 import of a generated region into a new SQLite file, stage by stage.",
        discussion: "The region is generated and written first (not timed). Each run imports into a new file."
    )

    @Option(help: "Authorities in the region.") var authorities = 10
    @Option(help: "Yearly returns per authority.") var years = 6
    @Option(help: "Generator seed.") var seed: UInt64 = 7
    @Option(help: "How many times to run; the median is reported.") var runs = 3

    func run() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let settings = try SyntheticRegion.Settings.validated(
            seed: seed, authorities: authorities, years: years,
            lastReturnYearEnding: 2025)
        _ = try SyntheticRegion.generate(settings).write(to: root + "/returns")
        var timings: [[Double]] = []
        var rows = (files: 0, episodes: 0, children: 0)
        for run in 1...max(1, runs) {
            let database = DatabaseLocation(root + "/run\(run).sqlite")
            let (stages, report) = try await Self.timedImport(returns: root + "/returns", database: database)
            rows = (report.files.count, report.episodeRows, report.childrenAffected)
            timings.append(stages)
        }
        let names = [
            "read + validate files", "merge + clean", "save (one transaction)", "total import",
            "load all histories", "summary on a date",
        ]
        print(
            "Import of \(authorities) authorities × \(years) years: \(rows.files) files, "
                + "\(rows.episodes.grouped) episode rows, \(rows.children.grouped) children; median of \(timings.count) runs"
        )
        for (i, name) in names.enumerated() {
            let median = timings.map { $0[i] }.sorted()[timings.count / 2]
            print(name.rightPadded(to: 26) + String(format: "%8.3f s", median))
        }
    }

    /// Runs the import stages against a new database and returns each stage's seconds.
    static func timedImport(returns: String, database: DatabaseLocation) async throws -> ([Double], ImportReport) {
        var t = monotonicSeconds()
        func lap() -> Double { let now = monotonicSeconds(); defer { t = now }; return now - t }
        let extract = try SSDA903Reader().read(paths: [returns])
        let read = lap()
        return try await HearthStore.using(database) { store in
            _ = lap()
            let (changed, report) = HistoryMerge.merge(extract, into: [])
            let merge = lap()
            _ = try await store.careRecords.saveImport(changed, report: report, importedAt: Date())
            let save = lap()
            let histories = try await store.careRecords.histories(authorities: nil)
            let load = lap()
            _ = CareSummary.stock(of: histories, on: Day(iso: "2025-03-31")!)
            let summary = lap()
            return ([read, merge, save, read + merge + save, load, summary], report)
        }
    }
}
