import CareModel

/// Column names of plan-statuses.csv (see `ProgrammeRegisterReader`).
enum PlanStatusColumns {
    static let plan = "plan", from = "from", status = "status"
    static let required = [plan, from, status]
    static let reason = "reason"
    static let authority = ["la", "authority"]
    /// Every column, in the order `ProgrammeCSVWriter` writes them.
    static let all = required + [reason, "la"]
    /// The most characters a reason has: a short note of why a plan paused or stopped, not a case record.
    static let reasonLength = 200
}

/// One row of plan-statuses.csv read and checked on its own: which plan, the change, and the row it came
/// from. Whether the plan is in plans.csv is checked as the row is read (`KnownReferences`); whether the
/// change is on or after the plan was identified, and the plan's only change that day, afterwards
/// (`ProgrammeRegisterBuilder`).
struct PlanStatusRow {
    var row: Int
    var plan: RegisterKey
    var change: PlanStatusChange
}

extension PlanStatusRow {
    typealias C = PlanStatusColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> PlanStatusRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let id = r.required(C.plan)
        let from = r.day(C.from, required: true)
        let status = r.choice(C.status, "a plan status", required: true, as: PlanStatus.self)
        let reason = readReason(&r, status: status)
        guard r.problems.isEmpty, let id, let from, let status else { return nil }
        return PlanStatusRow(
            row: r.row, plan: RegisterKey(authority: authority, id: id),
            change: PlanStatusChange(day: from, status: status, reason: reason))
    }

    /// Why the plan paused or stopped: free text of at most 200 characters, needed when the status is
    /// on-hold or out-of-scope.
    private static func readReason(_ r: inout TableRowReader, status: PlanStatus?) -> String? {
        let reason = r.text(C.reason)
        if let status, status.needsReason, reason == nil {
            r.problem(C.reason, "is blank; a plan whose status is \(status.rawValue) needs the reason")
        }
        if let reason, reason.count > C.reasonLength {
            r.problem(C.reason, "has \(reason.count) characters; a reason has at most \(C.reasonLength)")
        }
        return reason
    }
}
