import ArgumentParser
import CareModel
import CouncilTasks
import Foundation
import Interchange
import Storage

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
    @Option(
        help: ArgumentHelp(
            "The authority, when the file has no la column. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let run = BudgetImport(file: .path(file), authority: la)
        let plan: BudgetPlan
        do {
            plan = try run.read()
        } catch {
            throw FileProblems.report(error.problems, what: "imported")
        }
        try await HearthStore.using(database) { store in
            for saved in try await run.save(
                plan, to: store, by: ImportActor(username: commandLineActor(), time: Date()))
            {
                print(
                    "Saved \(saved.year.label) budget for authority \(saved.authority): \(saved.lines) lines, "
                        + "\(saved.budgetedChildren.grouped) children, £\(saved.total.millions)m.")
            }
        }
    }
}
