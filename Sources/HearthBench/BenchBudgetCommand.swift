import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage
import Synthetic

struct BenchBudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Time the budget monitor for every authority of a generated region (December of the latest year).",
        discussion: "The region is generated and imported first (not timed). Build with -c release."
    )

    @Option(help: "Authorities in the region.") var authorities = 10
    @Option(help: "Generator seed.") var seed: UInt64 = 7
    @Option(help: "How many times to run; the median is reported.") var runs = 5

    func run() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-budget-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let settings = try SyntheticRegion.Settings.validated(
            seed: seed, authorities: authorities, years: 6,
            lastReturnYearEnding: 2025)
        let region = SyntheticRegion.generate(settings)
        _ = try region.write(to: root + "/returns")
        let database = DatabaseLocation(root + "/bench.sqlite")
        let actor = ImportActor(username: "bench", time: Date())
        let returns = SSDA903Import(files: .paths([root + "/returns"]), defaultAuthority: "LA")
        let extract = try returns.read()
        let december = Period(calendarMonth: "2024-12")!
        let (compute, load, entries) = try await HearthStore.using(database) { store in
            _ = try await returns.save(extract, to: store, by: actor)
            for authority in region.authorities {
                _ = try await AuthorityFolderImport(authority: authority.code, folder: root + "/returns")
                    .run(store: store, by: actor)
            }
            return try await measure(region: region, store: store, period: december)
        }
        print(
            "Budget monitor, \(december.label), \(authorities) authorities, \(entries.grouped) cost entries; median of \(runs) runs"
        )
        print(
            "compute (engine, table, movements, lists, register check)".rightPadded(to: 58)
                + String(format: "%8.1f ms", compute * 1000))
        print("load from the database and compute".rightPadded(to: 58) + String(format: "%8.1f ms", load * 1000))
    }

    func measure(region: SyntheticRegion, store: HearthStore, period: Period) async throws -> (Double, Double, Int) {
        var inputs: [(AuthorityCode, [PlacementCost], [ChildHistory], BudgetLineSet, [LineBudget], BudgetForecast?)] =
            []
        for authority in region.authorities.map(\.code) {
            let plan = try await store.budget.budgetPlan(authority: authority, year: period.year)!
            inputs.append(
                (
                    authority, try await store.budget.costs(authority: authority),
                    try await store.careRecords.histories(authorities: [authority]), plan.lines, plan.budgets,
                    try await MonitorReport.closedForecast(store: store, authority: authority, period: period.previous)
                ))
        }
        var computeTimes: [Double] = [], loadTimes: [Double] = []
        for _ in 0..<max(1, runs) {
            var t = monotonicSeconds()
            for (authority, costs, histories, lines, budgets, previous) in inputs {
                _ = MonitorReport.compute(
                    authority: authority, costs: costs, histories: histories, lines: lines,
                    budgets: budgets, previous: previous, period: period)
            }
            computeTimes.append(monotonicSeconds() - t)
            t = monotonicSeconds()
            for (authority, _, _, _, _, _) in inputs {
                _ = try await MonitorReport.load(store: store, la: authority, period: period)
            }
            loadTimes.append(monotonicSeconds() - t)
        }
        return (
            computeTimes.sorted()[computeTimes.count / 2], loadTimes.sorted()[loadTimes.count / 2],
            inputs.reduce(0) { $0 + $1.1.count }
        )
    }
}
