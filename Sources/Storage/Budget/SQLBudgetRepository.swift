import CareModel
import Foundation
import SQLKit

/// The budget monitor's records in SQL tables (see `Migration.budget`); the same statements run on
/// SQLite and PostgreSQL.
struct SQLBudgetRepository: BudgetRepository {
    let connection: Connection

    func replaceCosts(authority: AuthorityCode, with costs: [PlacementCost], importedAt: Date) async throws {
        if let stranger = costs.first(where: { $0.child.authority != authority }) {
            throw StorageError.saveFailed(
                reason: "child \(stranger.child.child) belongs to authority "
                    + "\(stranger.child.authority), not \(authority)")
        }
        let rows = Self.rows(of: costs)
        try await writing { db in
            let before = try await Self.costs(authority: authority, db)
            try await SQLImportVersions.record(
                .costs, authorities: [authority], at: importedAt,
                summary: "costs register of \(authority): \(before.count) placements before, \(costs.count) after",
                before: [(authority, "", before.isEmpty ? nil : try SQLImportVersions.json(before))], db)
            try await Self.writeCosts(authority: authority, rows, db)
            try await db.insert(into: "cost_imports").columns("authority", "imported_at", "placements")
                .values(SQLBind(authority), SQLBind(importedAt.ISO8601Format()), SQLBind(costs.count)).run()
        }
    }

    /// Replaces the authority's register with these rows (placements, rates, contributions).
    static func writeCosts(
        authority: AuthorityCode, _ rows: ([StoredValue], [StoredValue], [StoredValue]), _ db: any SQLDatabase
    ) async throws {
        // Rates and contributions go with their placements (ON DELETE CASCADE).
        try await db.delete(from: "placement_costs").where("authority", .equal, authority).run()
        try await SQLCareRecordRepository.insert(into: "placement_costs", PlacementCost.columns, values: rows.0, db)
        try await SQLCareRecordRepository.insert(into: "placement_rates", PlacementCost.rateColumns, values: rows.1, db)
        try await SQLCareRecordRepository.insert(
            into: "placement_contributions", PlacementCost.contributionColumns, values: rows.2, db)
    }

    /// A register as the rows `writeCosts` stores.
    static func rows(of costs: [PlacementCost]) -> ([StoredValue], [StoredValue], [StoredValue]) {
        var placements: [StoredValue] = [], rates: [StoredValue] = [], contributions: [StoredValue] = []
        for cost in costs {
            cost.appendRow(to: &placements)
            cost.appendRateRows(to: &rates)
            cost.appendContributionRows(to: &contributions)
        }
        return (placements, rates, contributions)
    }

    func costs(authority: AuthorityCode) async throws -> [PlacementCost] {
        try await reading("read the placement costs") { db in try await Self.costs(authority: authority, db) }
    }

    /// The authority's register, read with `db` (inside a caller's transaction, or a read).
    static func costs(authority: AuthorityCode, _ db: any SQLDatabase) async throws -> [PlacementCost] {
        let placements = try await select(PlacementCost.columns, from: "placement_costs", authority, db).all()
        let rates = try await select(PlacementCost.rateColumns, from: "placement_rates", authority, db)
            .orderBy("effective_from").all()
        let contributions = try await select(
            PlacementCost.contributionColumns, from: "placement_contributions", authority, db
        ).orderBy("position").all()
        let ratesByKey = try Dictionary(grouping: rates, by: Self.key).mapValues { try $0.map(WeeklyRate.init(row:)) }
        let contributionsByKey = try Dictionary(grouping: contributions, by: Self.key)
            .mapValues { try $0.map(Contribution.init(row:)) }
        return try placements.map { row in
            let key = try Self.key(row)
            return try PlacementCost(
                row: row, rates: ratesByKey[key] ?? [], contributions: contributionsByKey[key] ?? [])
        }.sorted { ($0.child, $0.placementStart) < ($1.child, $1.placementStart) }
    }

    /// `SELECT columns FROM table WHERE authority = … ORDER BY child_id, placement_start`.
    static func select(
        _ columns: [String], from table: String, _ authority: AuthorityCode,
        _ db: any SQLDatabase
    ) -> SQLSelectBuilder {
        db.select().columns(columns).from(table).where("authority", .equal, authority)
            .orderBy("child_id").orderBy("placement_start")
    }

    static func key(_ row: any SQLRow) throws -> String {
        try row.text("child_id") + "\u{1F}" + row.text("placement_start")
    }

    /// Runs a read; see `Connection.reading`.
    func reading<T: Sendable>(_ action: String, _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    {
        try await connection.reading(action, body)
    }

    /// Runs writes in one transaction, with the data version moved on; on any error nothing is kept.
    func writing(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await connection.versionedWrite(body)
    }
}
