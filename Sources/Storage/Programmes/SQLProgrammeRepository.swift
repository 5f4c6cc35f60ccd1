import CareModel
import Foundation
import SQLKit

/// The council's programme register in SQL tables (see `Migration.programmes`); the same statements run on
/// SQLite and PostgreSQL. The register is read and replaced here; its reads are in `+Read`, a plan's edit in
/// `+Update`.
struct SQLProgrammeRepository: ProgrammeRepository {
    let connection: Connection

    func programmes(authorities: Set<AuthorityCode>?) async throws -> [Programme] {
        try await reading("read the programmes", authorities, empty: []) { db in
            try await Self.programmes(authorities, db)
        }
    }

    func plans(authorities: Set<AuthorityCode>?) async throws -> [ProgrammePlan] {
        try await reading("read the programme plans", authorities, empty: []) { db in
            try await Self.plans(authorities, db)
        }
    }

    /// In one transaction, as the supply registers are replaced: what the authority's register held before is
    /// kept as an import version (item "" of the authority; NULL when it was empty), so undo can put it back.
    func replaceProgrammes(
        authority: AuthorityCode, with programmes: [Programme], plans: [ProgrammePlan], importedAt: Date
    ) async throws {
        let register = StoredProgrammeRegister(programmes: programmes, plans: plans)
        try register.check(authority: authority)
        try await writing { db in
            // What is read as "before" must be what this import replaces, even with another process importing.
            try await SQLCareRecordRepository.keepOtherImportsOut(db)
            let before = try await Self.register(authority, db)
            try await SQLImportVersions.record(
                .programmes, authorities: [authority], at: importedAt,
                summary: "\(ImportVersion.Kind.programmes.label) of \(authority): \(before.counted) before, "
                    + "\(register.counted) after",
                before: [(authority, "", before.isEmpty ? nil : try SQLImportVersions.json(before))], db)
            try await Self.write(authority: authority, register, db)
        }
    }

    /// The authority's whole register, read with `db` inside a caller's transaction.
    static func register(_ authority: AuthorityCode, _ db: any SQLDatabase) async throws -> StoredProgrammeRegister {
        StoredProgrammeRegister(
            programmes: try await programmes([authority], db), plans: try await plans([authority], db))
    }

    /// Replaces the authority's register: its savings targets, plans and their status changes go with the
    /// programmes (ON DELETE CASCADE); the plans are deleted first all the same, so nothing depends on it.
    static func write(authority: AuthorityCode, _ register: StoredProgrammeRegister, _ db: any SQLDatabase)
        async throws
    {
        var programmes: [StoredValue] = [], targets: [StoredValue] = []
        for programme in register.programmes {
            programme.appendRow(to: &programmes)
            programme.appendTargetRows(to: &targets)
        }
        try await db.delete(from: "programme_plans").where("authority", .equal, authority).run()
        try await db.delete(from: "programmes").where("authority", .equal, authority).run()
        try await SQLCareRecordRepository.insert(into: "programmes", Programme.columns, values: programmes, db)
        try await SQLCareRecordRepository.insert(
            into: "programme_savings_targets", Programme.targetColumns, values: targets, db)
        try await insert(register.plans, db)
    }

    /// Inserts plans and their status changes (none of them may be stored yet).
    static func insert(_ plans: [ProgrammePlan], _ db: any SQLDatabase) async throws {
        var rows: [StoredValue] = [], statuses: [StoredValue] = []
        for plan in plans {
            plan.appendRow(to: &rows)
            plan.appendStatusRows(to: &statuses)
        }
        try await SQLCareRecordRepository.insert(into: "programme_plans", ProgrammePlan.columns, values: rows, db)
        try await SQLCareRecordRepository.insert(
            into: "programme_plan_statuses", ProgrammePlan.statusColumns, values: statuses, db)
    }

    /// Puts back each authority's register as an import version kept it (empty when the import brought the
    /// first one).
    static func restore(_ items: [(String, String, String?)], _ db: any SQLDatabase) async throws {
        for (authority, _, json) in items {
            let register =
                try json.map { try JSONDecoder().decode(StoredProgrammeRegister.self, from: Data($0.utf8)) } ?? .empty
            try await write(authority: authority, register, db)
        }
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
    func writing<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await connection.versionedWrite(body)
    }
}
