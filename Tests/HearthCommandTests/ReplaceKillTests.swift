import CareModel
import Foundation
import Logging
import Storage
import Testing

/// A confirmed replace of a costs register is one transaction: a `kill -9` at any moment leaves the old
/// register or the new one, never a mix.
@Suite("kill -9 during a replace", .serialized)
struct ReplaceKillTests {
    static let placements = 6_000

    /// A register of `placements` placements of children C0… at `pounds` a week.
    static func register(pounds: Int) -> String {
        var text = "la,child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from\n"
        for n in 0..<placements {
            text += "990,C\(n),2024-04-01,,U4,PR4,External Fostering (IFA),\(pounds).00,2024-04-01\n"
        }
        return text
    }

    /// The weekly prices the register holds, counted.
    static func prices(_ db: String) async throws -> [Money: Int] {
        let store = try await HearthStore.open(.sqlite(path: db), logger: Logger(label: "test"))
        let costs: [PlacementCost]
        do {
            costs = try await store.budget.costs(authority: "990")
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
        return costs.reduce(into: [:]) { $0[$1.rates[0].weekly, default: 0] += 1 }
    }

    @Test func aKilledReplaceLeavesOneWholeRegister() async throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite"), old = work.path("old.csv"), new = work.path("new.csv")
        try Self.register(pounds: 100).write(toFile: old, atomically: true, encoding: .utf8)
        try Self.register(pounds: 200).write(toFile: new, atomically: true, encoding: .utf8)
        try work.hearth(["import", "costs", old, "--db", db]).expectSuccess()
        var outcomes: Set<Int> = []
        for delay in [30, 80, 150, 250, 400, 700] {
            let process = Process()
            process.executableURL = Workspace.binary
            process.arguments = ["import", "costs", new, "--replace-all", "--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .milliseconds(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let prices = try await Self.prices(db)
            #expect(prices.count == 1 && prices.values.first == Self.placements, "killed after \(delay) ms: \(prices)")
            outcomes.insert(Int(prices.keys.first?.pence ?? 0))
            // Start each run from the old register again, so a later kill can land mid-write too.
            try work.hearth(["import", "costs", old, "--replace-all", "--db", db]).expectSuccess()
        }
        #expect(!outcomes.isEmpty)
    }
}
