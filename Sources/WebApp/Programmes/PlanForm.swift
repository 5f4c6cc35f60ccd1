import CareModel
import CouncilTasks
import Foundation

/// The plan page's form, as typed (so a mistake is shown back as it was entered): a new status with the
/// day it applies from and, when the plan pauses or stops, why; a new target date; a new owner. Turned into
/// a `PlanEdit`, which checks the rest (a reason where one is needed, dates in order) as the command line's
/// `hearth programme update` does.
struct PlanForm: Hashable, Sendable {
    typealias Problem = QueryFormFields.Problem

    static let fieldOrder = ["status", "from", "reason", "target-date", "owner"]
    /// An owner is a team or a role ("Placements team"), never a long text.
    static let ownerLength = 100

    /// A status's raw value, or "" for no new status.
    var status = ""
    var from = ""
    var reason = ""
    var targetDate = ""
    var owner = ""

    /// The form for a plan as it stands: no new status, its target date and owner filled in.
    init(plan: ProgrammePlan) {
        targetDate = plan.targetDate.iso
        owner = plan.owner ?? ""
    }

    /// The form as posted, each field trimmed.
    init(form: FormFields) {
        func field(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        status = field("status")
        from = field("from")
        reason = field("reason")
        targetDate = field("target-date")
        owner = field("owner")
    }

    /// The change the form asks of `plan` (a status from `today` when no day is given; a target date or
    /// owner only when it differs from the plan's), or the problems with what was typed, in the form's order.
    func edit(of plan: ProgrammePlan, today: Day) -> (edit: PlanEdit?, problems: [Problem]) {
        var problems: [Problem] = []
        let change = statusChange(today: today, into: &problems)
        let target = newTargetDate(of: plan, into: &problems)
        let owner = newOwner(of: plan, into: &problems)
        guard problems.isEmpty else { return (nil, QueryFormFields.sorted(problems, order: Self.fieldOrder)) }
        return (PlanEdit(plan: plan.id, status: change, targetDate: target, owner: owner), [])
    }

    /// The new status from its day, with the reason; `nil` when no status is chosen (then a date or reason
    /// given with it is a problem: it would be lost).
    func statusChange(today: Day, into problems: inout [Problem]) -> PlanStatusChange? {
        guard !status.isEmpty else {
            if !from.isEmpty || !reason.isEmpty {
                problems.append(
                    Problem(field: "status", message: "Choose the new status, or leave the date and reason empty"))
            }
            return nil
        }
        guard let chosen = PlanStatus(rawValue: status) else {
            problems.append(Problem(field: "status", message: "Choose a status from the list"))
            return nil
        }
        guard !from.isEmpty else { return PlanStatusChange(day: today, status: chosen, reason: reasonGiven) }
        guard let day = Day(iso: from) else {
            problems.append(Problem(field: "from", message: Self.dateMessage("the day the status applies from")))
            return nil
        }
        return PlanStatusChange(day: day, status: chosen, reason: reasonGiven)
    }

    var reasonGiven: String? { reason.isEmpty ? nil : reason }

    /// The target date typed when it is another day than the plan's; `nil` when it is the same or left empty.
    func newTargetDate(of plan: ProgrammePlan, into problems: inout [Problem]) -> Day? {
        guard !targetDate.isEmpty else { return nil }
        guard let day = Day(iso: targetDate) else {
            problems.append(Problem(field: "target-date", message: Self.dateMessage("the target date")))
            return nil
        }
        return day == plan.targetDate ? nil : day
    }

    /// The owner typed when it differs from the plan's (`.some(nil)` when it was cleared); `nil` when it is
    /// the same.
    func newOwner(of plan: ProgrammePlan, into problems: inout [Problem]) -> String?? {
        guard owner != (plan.owner ?? "") else { return nil }
        guard owner.count <= Self.ownerLength else {
            problems.append(
                Problem(field: "owner", message: "The owner must be \(Self.ownerLength) characters or fewer"))
            return nil
        }
        let cleared: String?? = .some(nil)
        return owner.isEmpty ? cleared : .some(owner)
    }

    /// "Enter the target date as a real date, like 2025-06-01".
    static func dateMessage(_ what: String) -> String {
        "Enter \(what) as a real date, like 2025-06-01"
    }

    /// The problem `PlanEdit` found, beside the field it names.
    static func problem(_ error: PlanEditError) -> Problem {
        Problem(field: error.field, message: error.description)
    }
}
