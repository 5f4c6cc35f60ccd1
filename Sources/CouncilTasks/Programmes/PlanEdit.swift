import CareModel
import Foundation
import Storage

/// Why a plan's edit was refused: nothing is changed.
public enum PlanEditError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownPlan(String)
    case nothingToChange
    case reasonNeeded(PlanStatus)
    case reasonTooLong
    case statusBeforeLast(Day)
    case beforeIdentified(field: String, identified: Day)

    /// The form field the problem belongs to, so a page can put the message beside it.
    public var field: String {
        switch self {
        case .unknownPlan, .nothingToChange: "status"
        case .reasonNeeded, .reasonTooLong: "reason"
        case .statusBeforeLast: "from"
        case .beforeIdentified(let field, _): field
        }
    }

    public var description: String {
        switch self {
        case .unknownPlan(let id): "There is no plan \(id)"
        case .nothingToChange: "Choose a new status, or change the target date or owner"
        case .reasonNeeded(let status): "Say why the plan is \(status.label.lowercased())"
        case .reasonTooLong: "The reason must be 200 characters or fewer"
        case .statusBeforeLast(let day): "The date must be on or after the last change, \(day.long)"
        case .beforeIdentified(_, let identified):
            "The date must be on or after \(identified.long), when the plan was identified"
        }
    }
}

/// One change to a plan from the Programmes page or the command line: a new status from a day (with its
/// reason when the plan pauses or stops), a new target date, or a new owner. Checked, saved and audited.
public struct PlanEdit: Sendable {
    public var plan: String
    public var status: PlanStatusChange?
    public var targetDate: Day?
    /// `.some(nil)` clears the owner; `nil` leaves it.
    public var owner: String??

    public init(plan: String, status: PlanStatusChange? = nil, targetDate: Day? = nil, owner: String?? = nil) {
        self.plan = plan
        self.status = status
        self.targetDate = targetDate
        self.owner = owner
    }

    /// Checks the edit against the stored plan, saves it and writes the audit log's "plan changed" entry.
    ///
    /// - Throws: `PlanEditError` (nothing changed), `StorageError`.
    public func save(authority: AuthorityCode, to store: HearthStore, by actor: ImportActor) async throws
        -> ProgrammePlan
    {
        guard let stored = try await store.programmes.plans(authorities: [authority]).first(where: { $0.id == plan })
        else { throw PlanEditError.unknownPlan(plan) }
        try check(against: stored)
        let saved = try await store.programmes.updatePlan(
            authority: authority, plan: plan, status: status, targetDate: targetDate, owner: owner)
        try await store.audit.append(
            AuditEntry(
                time: actor.time, username: actor.username, action: .planChanged,
                detail: "Plan \(plan) (\(authority)): \(summary)", ipAddress: actor.ipAddress))
        return saved
    }

    func check(against stored: ProgrammePlan) throws(PlanEditError) {
        if status == nil && targetDate == nil && owner == nil { throw .nothingToChange }
        if let status {
            let reason = status.reason ?? ""
            if status.status.needsReason && reason.isEmpty { throw .reasonNeeded(status.status) }
            if reason.count > 200 { throw .reasonTooLong }
            if status.day < stored.identified { throw .beforeIdentified(field: "from", identified: stored.identified) }
            if let last = stored.statuses.last?.day, status.day <= last { throw .statusBeforeLast(last) }
        }
        if let targetDate, targetDate < stored.identified {
            throw .beforeIdentified(field: "target-date", identified: stored.identified)
        }
    }

    /// "searching from 2025-06-01; target date 2025-09-01; owner Placements team", for the audit log.
    var summary: String {
        var parts: [String] = []
        if let status {
            parts.append("\(status.status.rawValue) from \(status.day.iso)" + (status.reason.map { " (\($0))" } ?? ""))
        }
        if let targetDate { parts.append("target date \(targetDate.iso)") }
        if let owner { parts.append("owner \(owner ?? "none")") }
        return parts.joined(separator: "; ")
    }
}
