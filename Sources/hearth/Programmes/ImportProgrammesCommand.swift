import ArgumentParser
import CareModel
import CouncilTasks
import Foundation
import Interchange
import Storage

/// `hearth import programmes`: the authority's programmes and children's plans, replaced.
struct ImportProgrammesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programmes",
        abstract: "Replace the authority's programmes and children's plans (and their status history) with files'.",
        discussion: """
            programmes.csv: programme,name,kind (required); savings_year,savings_target,la (optional), one row per
            year's target. kind: step-down, step-forward, reunification, permanence, coming-home, edge-of-care, other.
            --plans plans.csv: plan,programme,child,identified,destination,target_weekly,target_date (required);
            first_target_date,one_off_cost,owner,la (optional). destination: a placement category
            (fostering-in-house, fostering-ifa, supported, …) or leaves-care.
            --statuses plan-statuses.csv: plan,from,status; reason (needed for on-hold and out-of-scope).
            docs/examples/ has all three. Every problem is listed as file:row: field: rule and nothing is saved;
            otherwise the register is replaced as one import that `hearth import undo` can take back.
            """)

    @Argument(help: ArgumentHelp("programmes.csv", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("plans.csv", valueName: "file")) var plans: String
    @Option(help: ArgumentHelp("plan-statuses.csv", valueName: "file")) var statuses: String?
    @OptionGroup var target: SupplyImportTarget

    func run() async throws {
        let register: ProgrammeRegister
        do {
            register = try ProgrammeRegisterReader(defaultAuthority: target.readerAuthority)
                .read(programmesPath: file, plansPath: plans, statusesPath: statuses)
        } catch { throw FileProblems.report(error.problems, what: "imported") }
        let names = ([file, plans] + (statuses.map { [$0] } ?? [])).map { URL(fileURLWithPath: $0).lastPathComponent }
        try await HearthStore.using(target.database) { store in
            let run = ProgrammeImport(register: register, fileName: names.joined(separator: ", "), authority: target.la)
            let changes =
                target.dryRun
                ? try await run.preview(in: store)
                : try await run.save(to: store, by: ImportActor(username: commandLineActor(), time: Date()))
            for change in changes { print(Self.line(change, saved: !target.dryRun)) }
            print(target.dryRun ? "Dry run: nothing was saved." : "`hearth import undo` takes it back.")
        }
    }

    static func line(_ change: ProgrammeImport.Change, saved: Bool) -> String {
        var line =
            "Authority \(change.authority): \(change.programmesBefore.grouped) programmes and "
            + "\(change.plansBefore.grouped) plans \(saved ? "before" : "now"), \(change.programmesAfter.grouped) and "
            + "\(change.plansAfter.grouped) \(saved ? "saved" : "after")."
        if !change.unpricedPlans.isEmpty {
            line +=
                " \(change.unpricedPlans.count.grouped) plans name children with no placement in the costs register "
                + "and cannot be priced: \(change.unpricedPlans.prefix(5).joined(separator: ", "))."
        }
        return line
    }
}
