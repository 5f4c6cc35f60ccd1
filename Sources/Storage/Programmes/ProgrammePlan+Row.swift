import CareModel
import SQLKit

/// How a child's plan is stored: `programme_plans`, with its status changes in `programme_plan_statuses`, both
/// keyed by authority and plan reference. A change's `seq` is its place in the plan's day-ordered changes, so
/// changes made on the same day read back in the order they were made.
extension ProgrammePlan {
    static let columns = [
        "authority", "plan_id", "programme_id", "child_id", "identified", "destination", "target_weekly_pence",
        "first_target_date", "target_date", "one_off_cost_pence", "owner",
    ]
    static let statusColumns = ["authority", "plan_id", "seq", "from_day", "status", "reason"]

    func appendRow(to values: inout [StoredValue]) {
        values += [
            .text(authority), .text(id), .text(programme), .text(child), .text(identified.iso),
            .text(destination.code), .integer(Int(targetWeekly.pence)), .text(firstTargetDate.iso),
            .text(targetDate.iso), .integer(Int(oneOffCost.pence)), StoredValue(owner),
        ]
    }

    func appendStatusRows(to values: inout [StoredValue]) {
        for (seq, change) in statuses.enumerated() {
            values += [
                .text(authority), .text(id), .integer(seq), .text(change.day.iso), .text(change.status.rawValue),
                StoredValue(change.reason),
            ]
        }
    }

    /// Reads a plan from a `programme_plans` row, with its status changes read separately.
    init(row: any SQLRow, statuses: [PlanStatusChange]) throws {
        self.init(
            authority: try row.text("authority"), id: try row.text("plan_id"), programme: try row.text("programme_id"),
            child: try row.text("child_id"), identified: try row.day("identified"),
            destination: try Self.storedDestination(row),
            targetWeekly: Money(pence: try row.pence("target_weekly_pence")),
            firstTargetDate: try row.day("first_target_date"), targetDate: try row.day("target_date"),
            oneOffCost: Money(pence: try row.pence("one_off_cost_pence")), owner: try row.optionalText("owner"),
            statuses: statuses)
    }

    /// The destination from its code: a placement category's, or "leaves-care".
    private static func storedDestination(_ row: any SQLRow) throws -> PlanDestination {
        let code = try row.text("destination")
        guard let destination = PlanDestination(code: code) else {
            throw StorageError.queryFailed(
                action: "read the stored records", reason: "column destination holds '\(code)', not a known code")
        }
        return destination
    }
}

extension PlanStatusChange {
    /// Reads a change from a `programme_plan_statuses` row.
    init(row: any SQLRow) throws {
        self.init(
            day: try row.day("from_day"), status: try row.code("status"), reason: try row.optionalText("reason"))
    }
}
