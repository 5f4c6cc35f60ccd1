import Foundation
import SQLKit

/// One step in the schema's history, applied once, in its own transaction, and recorded in
/// `hearth_migrations` so that migrating again does nothing.
///
/// To change the schema, write the next version in its own `Migration+Name.swift` file and append it to
/// `all`; never edit a migration that has been released, because databases in use already ran it.
struct Migration: Sendable {
    var version: Int
    var name: String
    var apply: @Sendable (any SQLDatabase) async throws -> Void

    /// Every migration Hearth knows, in version order.
    static let all: [Migration] = [
        .foundation, .budget, .accounts, .apiTokens, .placementDistance, .dataVersion, .auditByAction,
        .signInAttempts, .auditChain, .authorityScope, .twoFactor, .setAside, .importVersions, .pendingImports,
        .uasc, .supply, .ofstedProviders, .programmes, .scenarios,
    ]

    /// The table recording which versions a database has.
    static let ledger = "hearth_migrations"
}

extension Migration {
    /// Brings the database up to the latest version: creates the ledger if needed and applies every
    /// migration not yet recorded there, oldest first. Throws `.newerSchema` for a database a newer
    /// Hearth has upgraded, and `.migrationFailed` (with that migration undone) when a step fails.
    static func migrate(_ connection: Connection, with migrations: [Migration] = all) async throws {
        let applied = try await appliedVersions(connection)
        let known = migrations.last?.version ?? 0
        if let newest = applied.max(), newest > known { throw StorageError.newerSchema(found: newest, known: known) }
        for migration in migrations where !applied.contains(migration.version) {
            do {
                try await connection.transaction { db in
                    try await migration.apply(db)
                    try await db.insert(into: ledger)
                        .columns("version", "name", "applied_at")
                        .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(Date.now.ISO8601Format()))
                        .run()
                }
            } catch {
                throw StorageError.migrationFailed(
                    version: migration.version, name: migration.name, reason: StorageError.reason(error))
            }
        }
    }

    /// The versions recorded in the ledger, creating the ledger first if this is a new database.
    static func appliedVersions(_ connection: Connection) async throws -> Set<Int> {
        do {
            return try await connection.exclusive { db in
                try await db.create(table: ledger).ifNotExists()
                    .column("version", type: .int, .primaryKey(autoIncrement: false))
                    .column("name", type: .text, .notNull)
                    .column("applied_at", type: .text, .notNull)
                    .run()
                let rows = try await db.select().column("version").from(ledger).all()
                return Set(try rows.map { try $0.decode(column: "version", as: Int.self) })
            }
        } catch {
            throw StorageError.migrationFailed(version: 0, name: "migration ledger", reason: StorageError.reason(error))
        }
    }
}
