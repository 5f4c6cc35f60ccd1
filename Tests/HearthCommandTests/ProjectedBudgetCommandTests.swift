import Foundation
import Testing

/// Projected demand in the budget: the monitor's `--allowance projected` and `hearth project budget`.
@Suite("hearth budget --allowance projected and hearth project budget, end to end", .serialized)
struct ProjectedBudgetCommandTests {
    static let lines = [
        "External Residential", "Unregistered", "External Fostering (IFA)", "In-House Foster Care",
        "In-House Connected Carers", "External Supported Living", "Other Placement Settings",
    ]

    /// Authority 990 (seed 7, two years of returns to 31 March 2025), its costs register and 2024-25 budget.
    static func importedAuthority(_ work: Workspace) throws -> String {
        let db = work.path("hearth.sqlite"), authority = work.path("gen/990")
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "2"]).expectSuccess()
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        try work.hearth(["import", "costs", "\(authority)/placement-costs.csv", "--db", db]).expectSuccess()
        try work.hearth(["import", "budget", "\(authority)/budget.csv", "--db", db]).expectSuccess()
        return db
    }

    static func rows(_ csv: String) -> [[String]] {
        csv.split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static func pence(_ text: String) -> Int? {
        let parts = text.split(separator: ".")
        guard parts.count == 2, parts[1].count == 2, let pounds = Int(parts[0]), let p = Int(parts[1]) else {
            return nil
        }
        return pounds * 100 + (pounds < 0 || text.hasPrefix("-") ? -p : p)
    }

    @Test func monitorAllowanceFromProjectedDemand() throws {
        let work = try Workspace()
        let db = try Self.importedAuthority(work)
        let result = try work.hearth([
            "budget", "--period", "2024-12", "--format", "csv", "--view", "make-up",
            "--allowance", "projected", "--db", db,
        ])
        result.expectSuccess()
        let rows = Self.rows(result.out)
        #expect(rows.dropFirst().map { $0[0] } == Self.lines + ["Total"])
        for row in rows.dropFirst() {
            let m = try (1...4).map { try #require(Self.pence(row[$0]), "\(row)") }
            #expect(m[0] + m[1] + m[2] == m[3], "make-up of \(row[0])")
            #expect(m[2] >= 0, "the allowance is floored at zero on \(row[0])")
        }
        let allowances = try rows.dropFirst().map { try #require(Self.pence($0[3])) }
        #expect(allowances.dropLast().reduce(0, +) == allowances.last, "the lines' allowances add up to the total")
        #expect(allowances.last! > 0, "the generated authority is growing: expected new placements cost something")
        let table = try work.hearth(["budget", "--period", "2024-12", "--allowance", "projected", "--db", db])
        table.expectSuccess()
        #expect(table.out.contains("Allowance for placements not yet made: projected: the demand projection's cost"))
        #expect(table.out.contains("Markov projection from 31 December 2024"))
        let none = try work.hearth(["budget", "--period", "2024-12", "--db", db])
        #expect(none.out.contains("Allowance for placements not yet made: none"))
    }

    @Test func nextYearsBudgetCanBeImported() throws {
        let work = try Workspace()
        let db = try Self.importedAuthority(work)
        let result = try work.hearth(["project", "budget", "--db", db])
        result.expectSuccess()
        let rows = Self.rows(result.out)
        #expect(rows.first == ["year", "line", "budgeted_children", "budget"])
        #expect(rows.dropFirst().map { $0[0] } == Array(repeating: "2025-26", count: 7))
        #expect(rows.dropFirst().map { $0[1] } == Self.lines)
        let budgets = rows.dropFirst().map { Self.pence($0[3]) }
        #expect(budgets.allSatisfy { ($0 ?? -1) >= 0 })
        // The register pays for unregistered homes on 31 March 2025, so part of their kinds of home's cost is projected there.
        #expect((budgets[1] ?? 0) > 0 && Int(rows[2][2])! > 0, "unregistered placements are projected on their line")
        #expect((budgets[0] ?? 0) > 0 && Int(rows[3][2])! > 0, "external homes and agency fostering are projected")
        // The layout is the budget file's: it imports as next year's budget.
        try result.out.write(toFile: work.path("next.csv"), atomically: true, encoding: .utf8)
        let imported = try work.hearth(["import", "budget", work.path("next.csv"), "--la", "990", "--db", db])
        imported.expectSuccess()

        // Prices come from the register: the JSON names the items it priced from there.
        let json = try work.hearth(["project", "budget", "--db", db, "--format", "json"])
        json.expectSuccess()
        #expect(json.out.contains("\"weekly_costs_from_register\"") && json.out.contains("\"residential-external\""))
        let later = try work.hearth(["project", "budget", "--db", db, "--year", "2026-27", "--inflation", "10"])
        later.expectSuccess()
        let laterBudgets = Self.rows(later.out).dropFirst().map { Self.pence($0[3]) ?? 0 }
        #expect(laterBudgets.reduce(0, +) > budgets.compactMap { $0 }.reduce(0, +), "a year later and 10% dearer")
    }

    @Test func badYearIsExplained() throws {
        let work = try Workspace()
        let result = try work.hearth(["project", "budget", "--year", "2025-27", "--db", work.path("none.sqlite")])
        #expect(result.status != 0)
        #expect(result.err.contains("--year must be a financial year like 2025-26 or 2025"))
    }
}
