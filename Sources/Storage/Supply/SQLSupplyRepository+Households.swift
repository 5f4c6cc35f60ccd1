import CareModel
import Foundation
import SQLKit

/// Foster households and their status changes.
extension SQLSupplyRepository {
    func households(authorities: Set<AuthorityCode>?) async throws -> [Household] {
        try await reading("read the foster households", authorities, empty: []) { db in
            try await Self.households(authorities, db)
        }
    }

    func replaceHouseholds(authority: AuthorityCode, with households: [Household], importedAt: Date) async throws {
        try Self.refuseStrangers(households, authority: authority, "household", owner: \.authority, reference: \.id)
        try await replacing(
            .households, authority: authority, with: households, importedAt: importedAt, unit: "households",
            read: { try await Self.households(Set([$0]), $1) },
            write: { try await Self.writeHouseholds(authority: $0, $1, $2) })
    }

    /// The households, read with `db` (inside a caller's transaction, or a read): each household's status
    /// changes come in day order from the key and are grouped onto it.
    static func households(_ authorities: Set<AuthorityCode>?, _ db: any SQLDatabase) async throws -> [Household] {
        let rows = try await select(Household.columns, from: "households", authorities, db)
            .orderBy("household_id").all()
        let statusRows = try await select(Household.statusColumns, from: "household_statuses", authorities, db)
            .orderBy("household_id").orderBy("from_day").all()
        let statuses = try Dictionary(grouping: statusRows, by: Self.householdKey)
            .mapValues { try $0.map(HouseholdStatusChange.init(row:)) }
        return try rows.map { row in
            let key = try Self.householdKey(row)
            return try Household(row: row, statuses: statuses[key] ?? [])
        }.sorted { ($0.authority, $0.id) < ($1.authority, $1.id) }
    }

    /// Replaces the authority's households; their old status changes go with them (ON DELETE CASCADE).
    static func writeHouseholds(authority: AuthorityCode, _ households: [Household], _ db: any SQLDatabase)
        async throws
    {
        var rows: [StoredValue] = [], statuses: [StoredValue] = []
        for household in households {
            household.appendRow(to: &rows)
            household.appendStatusRows(to: &statuses)
        }
        try await db.delete(from: "households").where("authority", .equal, authority).run()
        try await SQLCareRecordRepository.insert(into: "households", Household.columns, values: rows, db)
        try await SQLCareRecordRepository.insert(
            into: "household_statuses", Household.statusColumns, values: statuses, db)
    }

    private static func householdKey(_ row: any SQLRow) throws -> String {
        try row.text("authority") + "\u{1F}" + row.text("household_id")
    }
}
