import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

struct ImportCostsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costs",
        abstract:
            "Import the placement costs register: each child's placement, provider, budget line and weekly cost over time.",
        discussion: """
            Two layouts are accepted, told apart by their columns:
              child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from
            (one row per price: a new row for each uplift or package change; optional columns la, planned_end,
            urn, provider_name, registration, procurement_route, change, health_contribution,
            education_contribution, contribution_detail, continues_past_18), or the S251-style placement_costs
            table with "Total committed cost accrued in FY to date" (give --as-at, the date the accrual runs to).

            The file replaces the authority's whole register, in one transaction, so importing the same file
            again changes nothing; with --merge it updates only the placements it names (by child and start)
            and keeps the rest. What would change — placements added, removed and repriced, and the current
            month's forecast outturn before and after — is printed first; --dry-run stops there. A replace that
            would remove more than half the register's placements is refused without --replace-all. Every
            import can be undone (hearth import history, hearth import undo). Every problem is listed as file:row: field: what is wrong, and nothing is
            saved. Afterwards, costs that match no SSDA903 episode (child + start date) and placements with no
            cost are listed as data-quality exceptions.
            """
    )

    @Argument(help: ArgumentHelp("The costs CSV file.", valueName: "file")) var file: String
    @Option(
        help: ArgumentHelp(
            "The authority, when the file has no la column. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(
        help: ArgumentHelp("For the S251 layout: the last day the accrued costs cover (YYYY-MM-DD).", valueName: "date")
    )
    var asAt: Day?
    @Flag(help: "Update the placements the file names and keep the rest of the register, instead of replacing it.")
    var merge = false
    @Flag(help: "Print what would change and stop; nothing is saved.")
    var dryRun = false
    @Flag(help: "Replace the register even when that removes more than half of its placements.")
    var replaceAll = false
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let run = CostsImport(file: .path(file), authority: la, asAt: asAt)
        let costs: [PlacementCost]
        do {
            costs = try run.read()
        } catch {
            throw FileProblems.report(error.problems, what: "imported")
        }
        let mode: CostsImport.Mode = merge ? .merge : .replace
        try await HearthStore.using(database) { store in
            let changes = try await run.preview(costs, modes: [mode], store: store, today: .todayInLondon())[mode] ?? []
            for change in changes { Self.describe(change) }
            if dryRun { return Terminal.say("Dry run: nothing was saved.") }
            if mode == .replace, !replaceAll, let shrink = changes.first(where: \.shrinksByMoreThanHalf) {
                Terminal.error(
                    "Refused: this would remove \(shrink.removed.grouped) of authority \(shrink.authority)'s "
                        + "\(shrink.before.grouped) placements. Use --merge to update only the placements in the file, "
                        + "or --replace-all if the file really is the whole register. Nothing was saved.")
                throw ExitCode.failure
            }
            for saved in try await run.save(
                costs, mode: mode, to: store, by: ImportActor(username: commandLineActor(), time: Date()))
            {
                print(
                    "Saved \(saved.placements.grouped) placements (\(saved.entries.grouped) entries) as authority "
                        + "\(saved.authority)'s costs register.")
                Self.reportExceptions(saved)
            }
        }
    }

    /// What saving would change, in a few lines.
    static func describe(_ change: RegisterChange) {
        Terminal.say(
            "Authority \(change.authority): \(change.before.grouped) placements now, \(change.after.grouped) after "
                + "(\(change.added.grouped) added, \(change.removed.grouped) removed, \(change.repriced.grouped) repriced)."
        )
        if let period = change.period, let before = change.forecastBefore, let after = change.forecastAfter {
            Terminal.say("  Forecast outturn for \(period.label): \(before.formatted) now, \(after.formatted) after.")
        }
        if change.shrinksByMoreThanHalf {
            Terminal.say("  Warning: more than half of the register's placements would be removed.")
        }
    }

    /// Lists the register's mismatches with the SSDA903 returns for the latest year the costs cover.
    static func reportExceptions(_ saved: CostsImport.Saved) {
        guard let year = saved.year else { return }
        let exceptions = saved.exceptions
        guard !exceptions.isEmpty else {
            print("Every \(year.label) cost matches an SSDA903 placement, and every placement has a cost.")
            return
        }
        print(
            "\(exceptions.count.grouped) data-quality exceptions for \(year.label) (first 10 shown; all with "
                + "`hearth budget --period YYYY-MM --view exceptions`):")
        for exception in exceptions.prefix(10) { print("  " + exception.message) }
    }
}

/// Printing every problem found in a file, then failing with status 1.
enum FileProblems {
    static func report(_ problems: [FileProblem], what: String) -> ExitCode {
        Terminal.progressDone()
        for problem in problems { Terminal.error(problem.description) }
        let n = problems.count
        Terminal.error("\(n) problem\(n == 1 ? "" : "s") found. Nothing was \(what); the database is unchanged.")
        return ExitCode.failure
    }
}
