import ArgumentParser
import CareModel
import CouncilTasks
import Foundation
import Storage

/// `hearth programme update PLAN`: a plan's new status, target date or owner, checked and audited.
struct PlanUpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change a plan: a new status from a day (with a reason when on hold or out of scope), a new "
            + "target date, or a new owner. Recorded in the audit log.",
        discussion: """
            Statuses: identified, panel-agreed, searching, matched, moving, achieved, on-hold, out-of-scope.
            """)

    @Argument(help: ArgumentHelp("The plan's reference.", valueName: "plan")) var plan: String
    @Option(help: ArgumentHelp("The new status.", valueName: "status")) var status: String?
    @Option(help: ArgumentHelp("The day the status applies from, YYYY-MM-DD. Default: today.", valueName: "date"))
    var from: Day?
    @Option(help: ArgumentHelp("Why the plan is on hold or out of scope.", valueName: "text")) var reason: String?
    @Option(help: ArgumentHelp("The new target date, YYYY-MM-DD.", valueName: "date")) var targetDate: Day?
    @Option(help: ArgumentHelp("The new owner (a team or role); an empty string clears it.", valueName: "text"))
    var owner: String?
    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        var change: PlanStatusChange?
        if let status {
            guard let parsed = PlanStatus(rawValue: status) else {
                throw ValidationError(
                    "--status \(status) is not a plan status: "
                        + PlanStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            change = PlanStatusChange(day: from ?? .todayInLondon(), status: parsed, reason: reason)
        }
        let edit = PlanEdit(
            plan: plan, status: change, targetDate: targetDate, owner: owner.map { $0.isEmpty ? nil : $0 })
        let saved = try await HearthStore.using(database) { store in
            let authority = try await AuthorityChoice.resolve(la, in: store)
            do {
                return try await edit.save(
                    authority: authority, to: store, by: ImportActor(username: commandLineActor(), time: Date()))
            } catch let error as PlanEditError {
                throw ValidationError("\(error.description). Nothing was changed.")
            }
        }
        print(
            "Plan \(saved.id): \(saved.currentStatus.label.lowercased()), target date \(saved.targetDate.long)"
                + (saved.owner.map { ", owner \($0)" } ?? "") + ".")
    }
}
