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
    @Flag(help: "Print each line's budget now and after, and stop; nothing is saved.")
    var dryRun = false
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
            for change in try await run.preview(plan, store: store) where change.replacesABudget || dryRun {
                Terminal.say(
                    "Authority \(change.authority), \(change.year.label): £\(change.totalBefore.millions)m budgeted now, "
                        + "£\(change.totalAfter.millions)m after.")
                for line in change.lines where line.before != line.after {
                    Terminal.say(
                        "  \(line.name): \(line.before.map { "£\($0.millions)m" } ?? "none") → "
                            + (line.after.map { "£\($0.millions)m" } ?? "none"))
                }
            }
            if dryRun { return Terminal.say("Dry run: nothing was saved.") }
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
