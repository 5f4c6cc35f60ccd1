import CareModel
import Foundation
import SQLKit

/// The council's supply registers in SQL tables (see `Migration.supply`); the same statements run on SQLite
/// and PostgreSQL. Each register is read here and written in its own file: households, homes, recruitment.
struct SQLSupplyRepository: SupplyRepository {
    let connection: Connection

    /// Replaces one of the authority's registers in one transaction: what it held before is kept as an import
    /// version (item "" of the authority; NULL when it was empty), so undo can put it back as the costs
    /// register's is. `read` and `write` are the register's own, run inside the transaction.
    func replacing<Item: Codable & Sendable>(
        _ kind: ImportVersion.Kind, authority: AuthorityCode, with items: [Item], importedAt: Date, unit: String,
        read: @escaping @Sendable (AuthorityCode, any SQLDatabase) async throws -> [Item],
        write: @escaping @Sendable (AuthorityCode, [Item], any SQLDatabase) async throws -> Void
    ) async throws {
        try await writing { db in
            // What is read as "before" must be what this import replaces, even with another process importing.
            try await SQLCareRecordRepository.keepOtherImportsOut(db)
            let before = try await read(authority, db)
            try await SQLImportVersions.record(
                kind, authorities: [authority], at: importedAt,
                summary: "\(kind.label) of \(authority): \(before.count) \(unit) before, \(items.count) after",
                before: [(authority, "", before.isEmpty ? nil : try SQLImportVersions.json(before))], db)
            try await write(authority, items, db)
        }
    }

    /// Refuses a register holding another authority's row, before anything is written.
    static func refuseStrangers<Item>(
        _ items: [Item], authority: AuthorityCode, _ noun: String, owner: KeyPath<Item, AuthorityCode>,
        reference: KeyPath<Item, String>
    ) throws {
        if let stranger = items.first(where: { $0[keyPath: owner] != authority }) {
            throw StorageError.saveFailed(
                reason: "\(noun) \(stranger[keyPath: reference]) belongs to authority "
                    + "\(stranger[keyPath: owner]), not \(authority)")
        }
    }

    /// `SELECT columns FROM table [WHERE authority IN …] ORDER BY authority`; callers add the rest of the key.
    static func select(
        _ columns: [String], from table: String, _ authorities: Set<AuthorityCode>?, _ db: any SQLDatabase
    ) -> SQLSelectBuilder {
        let query = db.select().columns(columns).from(table)
        if let authorities { query.where("authority", .in, authorities.sorted()) }
        return query.orderBy("authority")
    }

    /// Puts back each authority's register as an import version kept it (empty when the import brought the
    /// first one).
    static func restore(_ kind: ImportVersion.Kind, _ items: [(String, String, String?)], _ db: any SQLDatabase)
        async throws
    {
        for (authority, _, json) in items {
            switch kind {
            case .households: try await writeHouseholds(authority: authority, try decoded(json), db)
            case .homes: try await writeHomes(authority: authority, try decoded(json), db)
            case .recruitment: try await writeRecruitmentEvents(authority: authority, try decoded(json), db)
            case .ssda903, .costs, .budget, .programmes: break
            }
        }
    }

    private static func decoded<Item: Decodable>(_ json: String?) throws -> [Item] {
        try json.map { try JSONDecoder().decode([Item].self, from: Data($0.utf8)) } ?? []
    }

    /// Runs a read; see `Connection.reading`. A read of no authorities reads nothing.
    func reading<T: Sendable>(
        _ action: String, _ authorities: Set<AuthorityCode>?, empty: T,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        if let authorities, authorities.isEmpty { return empty }
        return try await connection.reading(action, body)
    }

    /// Runs writes in one transaction, with the data version moved on; on any error nothing is kept.
    func writing(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await connection.versionedWrite(body)
    }
}
