import CareModel
import Foundation
import SQLKit

/// The council's saved scenarios in the `scenarios` table (see `Migration.scenarios`); the same statements run
/// on SQLite and PostgreSQL. Writes move the data version on, as the programme register's do, so cached reads
/// of the scenarios are not kept past a save or a delete.
struct SQLScenarioRepository: ScenarioRepository {
    let connection: Connection

    func scenarios(authorities: Set<AuthorityCode>?) async throws -> [SavedScenario] {
        try await reading("read the saved scenarios", authorities, empty: []) { db in
            try await SQLSupplyRepository.select(SavedScenario.columns, from: "scenarios", authorities, db).all()
                .map(SavedScenario.init(row:))
                .sorted { ($0.authority, $0.name) < ($1.authority, $1.name) }
        }
    }

    func scenario(id: Int, authorities: Set<AuthorityCode>?) async throws -> SavedScenario? {
        try await reading("read the saved scenario", authorities, empty: nil) { db in
            try await SQLSupplyRepository.select(SavedScenario.columns, from: "scenarios", authorities, db)
                .where("id", .equal, id).first()
                .map(SavedScenario.init(row:))
        }
    }

    /// One statement that inserts the scenario or, when the authority already has one of that name, updates
    /// that row in place (so its id stays): both databases run the upsert as a single atomic write.
    func save(authority: AuthorityCode, name: String, owner: String, savedAt: Date, definition: String) async throws
        -> SavedScenario
    {
        try SavedScenario.check(name: name, definition: definition)
        let seconds = savedAt.storedSeconds
        let id = try await connection.versionedWrite { db in
            let row = try await db.raw(
                """
                INSERT INTO scenarios (authority, name, owner, saved_at, definition)
                VALUES (\(bind: authority), \(bind: name), \(bind: owner), \(bind: seconds), \(bind: definition))
                ON CONFLICT (authority, name) DO UPDATE SET
                owner = excluded.owner, saved_at = excluded.saved_at, definition = excluded.definition
                RETURNING id
                """
            ).first()
            guard let row else {
                throw StorageError.queryFailed(action: "save the scenario", reason: "no id came back")
            }
            return try row.decode(column: "id", as: Int.self)
        }
        return SavedScenario(
            id: id, authority: authority, name: name, owner: owner, savedAt: Date(storedSeconds: seconds),
            definition: definition)
    }

    func delete(id: Int, authority: AuthorityCode) async throws -> Bool {
        try await connection.versionedWrite { db in
            let deleted = try await db.delete(from: "scenarios").where("id", .equal, id)
                .where("authority", .equal, authority).returning("id").all()
            return !deleted.isEmpty
        }
    }

    /// Runs a read; see `Connection.reading`. A read of no authorities reads nothing.
    private func reading<T: Sendable>(
        _ action: String, _ authorities: Set<AuthorityCode>?, empty: T,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        if let authorities, authorities.isEmpty { return empty }
        return try await connection.reading(action, body)
    }
}
