import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage
import Synthetic

/// `hearth-bench scenarios`: comparing the demo's three example scenarios, 24 months, Monte-Carlo paths.
struct BenchScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "Time a comparison of three scenarios against the baseline for one generated authority.",
        discussion: "The authority is generated and imported first (not timed). Build with -c release."
    )

    @Option(help: "Generator seed.") var seed: UInt64 = 7
    @Option(help: "Monte-Carlo paths.") var paths = 2_000
    @Option(help: "Months projected.") var months = 24
    @Option(help: "How many times to run; the median is reported.") var runs = 5

    func run() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-scenarios-\(getpid())")
            .path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let settings = try SyntheticRegion.Settings.validated(
            seed: seed, authorities: 1, years: 6, lastReturnYearEnding: 2025)
        let region = SyntheticRegion.generate(settings)
        _ = try region.write(to: root + "/returns")
        let authority = region.authorities[0].code
        let actor = ImportActor(username: "bench", time: Date())
        let returns = SSDA903Import(files: .paths([root + "/returns"]), defaultAuthority: "LA")
        let extract = try returns.read()
        let (times, children) = try await HearthStore.using(DatabaseLocation(root + "/bench.sqlite")) { store in
            _ = try await returns.save(extract, to: store, by: actor)
            _ = try await AuthorityFolderImport(authority: authority, folder: root + "/returns").run(
                store: store, by: actor)
            let histories = try await store.careRecords.histories(authorities: [authority])
            let costs = try await store.budget.costs(authority: authority)
            let day = CareSummary.dataDate(of: histories, today: Day(iso: "2100-01-01")!) ?? Day(iso: "2025-03-31")!
            let scenarios = ExampleScenarios.scenarios(from: day)
            var times: [Double] = []
            for _ in 0..<max(1, runs) {
                let t = monotonicSeconds()
                _ = try await ScenarioComparison.run(
                    scenarios,
                    settings: DemandProjectionSettings(months: months, method: .montecarlo, paths: paths),
                    histories: histories, costs: costs)
                times.append(monotonicSeconds() - t)
            }
            return (times.sorted(), histories.count)
        }
        print(
            "Scenario compare: 3 scenarios (one re-projects entries) × \(months) months × \(paths.grouped) "
                + "Monte-Carlo paths, one authority of \(children.grouped) children; median of \(times.count) runs")
        print("baseline + scenarios, priced".rightPadded(to: 40) + String(format: "%8.3f s", times[times.count / 2]))
        print("slowest run".rightPadded(to: 40) + String(format: "%8.3f s", times.last ?? 0))
    }
}
