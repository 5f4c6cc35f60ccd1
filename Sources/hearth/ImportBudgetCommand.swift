import ArgumentParser
import Foundation
import CareModel
import Interchange
import Storage
import WebApp

struct ImportBudgetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Import the placement budget for a financial year: lines, budgeted numbers and £.",
        discussion: """
        Columns: year,line,budgeted_children,budget   (year as 2024-25; budget in pounds)
        Optional: la (the authority), and categories and registrations, which set the rule that puts
        placements on the line (e.g. categories "fostering-ifa", registrations "unregistered"; several
        separated by ";"). Rows are the lines in the order the monitor shows them. Without rule columns
        the seven standard lines (External Residential, Unregistered, External Fostering (IFA), In-House
        Foster Care, In-House Connected Carers, External Supported Living, Other Placement Settings) use
        their standard rules. Importing replaces that year's lines and budgets for the authority.
        """
    )

    @Argument(help: ArgumentHelp("The budget CSV file.", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("The authority, when the file has no la column. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let plan: BudgetPlan
        do {
            plan = try BudgetReader().read(path: file, defaultAuthority: la ?? "LA")
        } catch {
            throw FileProblems.report(error.problems, what: "imported")
        }
        try await HearthStore.using(database) { store in
            let fallback = try await AuthorityChoice.resolve(la, in: store)
            let groups = Dictionary(grouping: plan.budgets) {
                PlanKey(authority: la == nil && $0.authority == "LA" ? fallback : $0.authority, year: $0.year)
            }
            for (key, budgets) in groups.sorted(by: { ($0.key.authority, $0.key.year) < ($1.key.authority, $1.key.year) }) {
                let (authority, year) = (key.authority, key.year)
                let owned = budgets.map { var b = $0; b.authority = authority; return b }
                try await store.budget.saveBudgetPlan(authority: authority, year: year, lines: plan.lines, budgets: owned)
                let total = owned.reduce(Money.zero) { $0 + $1.budget }
                try await store.audit.append(AuditEntry(time: Date(), username: commandLineActor(), action: "import",
                                                        detail: "\(year.label) budget for \(authority) from \(file)"))
                print("Saved \(year.label) budget for authority \(authority): \(owned.count) lines, "
                    + "\(owned.reduce(0) { $0 + $1.budgetedChildren }.grouped) children, £\(total.millions)m.")
            }
        }
    }
}

/// One authority's budget for one year: the unit `saveBudgetPlan` replaces.
struct PlanKey: Hashable {
    var authority: AuthorityCode
    var year: FinancialYear
}
