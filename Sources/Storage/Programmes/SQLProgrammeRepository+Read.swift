import CareModel
import SQLKit

/// Reading the register with `db` (inside a caller's transaction, or a read): each programme's savings targets
/// and each plan's status changes come in key order and are grouped onto it.
extension SQLProgrammeRepository {
    static func programmes(_ authorities: Set<AuthorityCode>?, _ db: any SQLDatabase) async throws -> [Programme] {
        let rows = try await SQLSupplyRepository.select(Programme.columns, from: "programmes", authorities, db)
            .orderBy("programme_id").all()
        let targetRows = try await SQLSupplyRepository.select(
            Programme.targetColumns, from: "programme_savings_targets", authorities, db
        ).orderBy("programme_id").orderBy("year").all()
        let targets = try Dictionary(grouping: targetRows) { try key($0, "programme_id") }
            .mapValues { try $0.map(SavingsTarget.init(row:)) }
        return try rows.map { row in
            try Programme(row: row, savingsTargets: targets[try key(row, "programme_id")] ?? [])
        }.sorted { ($0.authority, $0.id) < ($1.authority, $1.id) }
    }

    /// The plans, or only the plan `id` when it is given.
    static func plans(_ authorities: Set<AuthorityCode>?, _ db: any SQLDatabase, only id: String? = nil)
        async throws -> [ProgrammePlan]
    {
        let query = SQLSupplyRepository.select(ProgrammePlan.columns, from: "programme_plans", authorities, db)
            .orderBy("plan_id")
        let statusQuery = SQLSupplyRepository.select(
            ProgrammePlan.statusColumns, from: "programme_plan_statuses", authorities, db
        ).orderBy("plan_id").orderBy("seq")
        if let id {
            query.where("plan_id", .equal, id)
            statusQuery.where("plan_id", .equal, id)
        }
        let rows = try await query.all()
        let statuses = try Dictionary(grouping: try await statusQuery.all()) { try key($0, "plan_id") }
            .mapValues { try $0.map(PlanStatusChange.init(row:)) }
        return try rows.map { row in
            try ProgrammePlan(row: row, statuses: statuses[try key(row, "plan_id")] ?? [])
        }.sorted { ($0.authority, $0.id) < ($1.authority, $1.id) }
    }

    /// The row's authority and reference in `column`, as one key.
    private static func key(_ row: any SQLRow, _ column: String) throws -> String {
        try row.text("authority") + "\u{1F}" + row.text(column)
    }
}
