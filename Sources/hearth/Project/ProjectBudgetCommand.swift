import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

/// `hearth project budget`: next year's placement budget by budget line, from the demand projection.
struct ProjectBudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Next year's placement budget by budget line, from the demand projection.",
        discussion: """
            Projects children in care (the stock-and-flow method of `hearth project`) from --start (default: the
            day the data ends) to the end of the financial year --year (default: the year after the start's), and
            prices them per budget line. From the database, each kind of home costs what the costs register pays
            a week per child in it on the start day, and its cost is shared between the authority's budget lines
            as the register's is that day (so unregistered homes keep their share on Unregistered); kinds of
            home the register says nothing about, and all of them when reading --ssda903 files, cost the
            defaults listed in `hearth project --help` and go on the line the rules give them. --weekly-cost
            replaces an item's weekly cost; --inflation raises every price on each anniversary of the start.

            --format csv prints year,line,budgeted_children,budget — the layout `hearth import budget` reads —
            where budgeted_children is the mean projected number of children on the line over the year
            (rounded) and budget the projected cost in pounds.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The financial year to budget for, like 2025-26 or 2025. Default: the year after the start's.",
            valueName: "year"))
    var year: String?
    @Option(help: ArgumentHelp("Day to project from, YYYY-MM-DD. Default: the end of the data.", valueName: "date"))
    var start: Day?
    @Option(help: ArgumentHelp("First day of the reference window. Default: the start of the data.", valueName: "date"))
    var referenceStart: Day?
    @Option(
        help: ArgumentHelp(
            "Last day of the reference window. Default: the start day (or the end of the data).", valueName: "date"))
    var referenceEnd: Day?
    @Option(help: "table, csv or json.") var format: OutputFormat = .csv
    @OptionGroup var costOptions: ProjectCostOptions
    @OptionGroup var input: ProjectInput

    func validate() throws {
        if let year, Self.financialYear(year) == nil {
            throw ValidationError("--year must be a financial year like 2025-26 or 2025: \"\(year)\" is not one.")
        }
        if let referenceStart, let referenceEnd, referenceStart >= referenceEnd {
            throw ValidationError("--reference-start must be before --reference-end.")
        }
        _ = try costOptions.inflationFraction()
        _ = try costOptions.weeklyCosts()
    }

    func run() async throws {
        let source = try await loadSource()
        guard !source.histories.isEmpty else { throw ValidationError("There are no children to project from.") }
        let start = self.start ?? DemandHistory.window(of: source.histories).end
        let budgetYear = year.flatMap(Self.financialYear) ?? FinancialYear(containing: start).next
        guard budgetYear.first > start else {
            throw ValidationError("--year \(budgetYear.label) must begin after the start, \(start.long).")
        }
        let projection = BudgetDemandProjection(
            histories: source.histories, register: source.register, lines: source.lines, start: start,
            through: budgetYear.last,
            referenceStart: referenceStart, referenceEnd: referenceEnd,
            weeklyCosts: try costOptions.weeklyCosts(), inflation: try costOptions.inflationFraction())
        let budget = NextYearBudget(projection: projection, year: budgetYear)
        switch format {
        case .csv: print(budget.sheet.csv, terminator: "")
        case .table: print(budget.heading + "\n\n" + budget.sheet.text, terminator: "")
        case .json: print(try budget.json())
        }
    }

    /// The histories, and from the database the authority's register and budget lines.
    func loadSource() async throws -> (histories: [ChildHistory], register: [PlacementCost], lines: BudgetLineSet) {
        guard input.ssda903.isEmpty else { return (try await input.loadHistories(), [], .standard) }
        return try await HearthStore.using(input.database) { store in
            let authority = try await AuthorityChoice.resolve(input.la, in: store)
            let histories = try await store.careRecords.histories(authorities: [authority])
            let end = DemandHistory.window(of: histories).end
            let plan = try await store.budget.budgetPlan(
                authority: authority,
                year: FinancialYear(containing: start ?? end))
            return (histories, try await store.budget.costs(authority: authority), plan?.lines ?? .standard)
        }
    }

    /// "2025-26" or "2025" → the year starting 1 April 2025.
    static func financialYear(_ text: String) -> FinancialYear? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, let first = Int(parts[0]) else { return nil }
        if parts.count == 2 { guard parts[1].count == 2, Int(parts[1]) == (first + 1) % 100 else { return nil } }
        return FinancialYear(first)
    }
}

extension FinancialYear {
    /// The financial year after this one.
    var next: FinancialYear { FinancialYear(startYear + 1) }
}
