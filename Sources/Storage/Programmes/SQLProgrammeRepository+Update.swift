import CareModel
import SQLKit

/// One plan's edit from the Programmes page.
extension SQLProgrammeRepository {
    /// Reads the plan, changes it and writes it back in one transaction, taking the import lock as an import
    /// does, so an import cannot replace the register between the read and the write.
    func updatePlan(
        authority: AuthorityCode, plan id: String, status: PlanStatusChange?, targetDate: Day?, owner: String??
    ) async throws -> ProgrammePlan {
        try await writing { db in
            try await SQLCareRecordRepository.keepOtherImportsOut(db)
            guard let stored = try await Self.plans([authority], db, only: id).first else {
                throw StorageError.planNotFound(authority: authority, plan: id)
            }
            let plan = stored.edited(status: status, targetDate: targetDate, owner: owner)
            // The plan's status changes go with it (ON DELETE CASCADE) and come back with it.
            try await db.delete(from: "programme_plans").where("authority", .equal, authority)
                .where("plan_id", .equal, id).run()
            try await Self.insert([plan], db)
            return plan
        }
    }
}

extension ProgrammePlan {
    /// The plan with `status` added after its changes of the same day or earlier, the target date moved to
    /// `targetDate` (the first target date as it was), and the owner set when `owner` is not `nil`.
    func edited(status: PlanStatusChange?, targetDate: Day?, owner: String??) -> ProgrammePlan {
        var plan = self
        if let status {
            plan.statuses.append(status)
            // A stable sort: a change dated before others goes in its day's place, after that day's changes.
            plan.statuses.sort { $0.day < $1.day }
        }
        if let targetDate { plan.targetDate = targetDate }
        if let owner { plan.owner = owner }
        return plan
    }
}
