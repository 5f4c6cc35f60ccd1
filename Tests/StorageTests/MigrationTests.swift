import CareModel
import Foundation
import Testing

@testable import Storage

@Suite("Migrations")
struct MigrationTests {
    @Test("migrating twice changes nothing", arguments: Backend.available)
    func idempotent(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            #expect(try await store.schemaVersion() == HearthStore.latestSchemaVersion)
            _ = try await store.careRecords.saveImport(
                Fixtures.all, report: ImportReport(), importedAt: Date.iso("2025-01-01T00:00:00Z"))
            try await store.migrate()
            #expect(try await store.schemaVersion() == HearthStore.latestSchemaVersion)
            #expect(try await store.careRecords.histories(authorities: nil).count == 3)
            let recorded = try await store.connection.exclusive { db in
                try await db.select().column("version").from(Migration.ledger).all().count
            }
            #expect(recorded == Migration.all.count)
        }
    }

    @Test("versions are consecutive from 1", arguments: [Migration.all.map(\.version)])
    func consecutive(_ versions: [Int]) {
        #expect(versions == Array(1...versions.count))
    }

    @Test("version 16 adds the supply tables and keeps the costs register, with no carer", arguments: Backend.available)
    func supply(_ backend: Backend) async throws {
        try await withStore(backend, migrated: false) { store in
            try await Migration.migrate(store.connection, with: Migration.all.filter { $0.version < 16 })
            // The register as version 15 stored it: every column but the last, carer.
            let rows = SQLBudgetRepository.rows(of: [BudgetFixtures.sparse])
            try await store.connection.exclusive { db in
                try await SQLCareRecordRepository.insert(
                    into: "placement_costs", Array(PlacementCost.columns.dropLast()), values: Array(rows.0.dropLast()),
                    db)
                try await SQLCareRecordRepository.insert(
                    into: "placement_rates", PlacementCost.rateColumns, values: rows.1, db)
            }
            try await store.migrate()
            #expect(try await store.schemaVersion() == HearthStore.latestSchemaVersion)
            #expect(try await store.budget.costs(authority: "879") == [BudgetFixtures.sparse])
            #expect(try await store.supply.households(authorities: nil).isEmpty)
        }
    }

    @Test("version 18 adds the programme tables and keeps the supply registers", arguments: Backend.available)
    func programmes(_ backend: Backend) async throws {
        try await withStore(backend, migrated: false) { store in
            try await Migration.migrate(store.connection, with: Migration.all.filter { $0.version < 18 })
            try await store.supply.replaceHouseholds(
                authority: "879", with: [SupplyFixtures.full], importedAt: Date(timeIntervalSince1970: 1))
            try await store.migrate()
            #expect(try await store.schemaVersion() == HearthStore.latestSchemaVersion)
            #expect(try await store.supply.households(authorities: nil) == [SupplyFixtures.full])
            #expect(try await store.programmes.programmes(authorities: nil).isEmpty)
            #expect(try await store.programmes.plans(authorities: nil).isEmpty)
        }
    }

    @Test("version 19 adds the saved scenarios and keeps the programme register", arguments: Backend.available)
    func scenarios(_ backend: Backend) async throws {
        try await withStore(backend, migrated: false) { store in
            try await Migration.migrate(store.connection, with: Migration.all.filter { $0.version < 19 })
            try await store.programmes.replaceProgrammes(
                authority: "879", with: [ProgrammeFixtures.rcrc], plans: [ProgrammeFixtures.leavesCare],
                importedAt: Date(timeIntervalSince1970: 1))
            try await store.migrate()
            #expect(try await store.schemaVersion() == HearthStore.latestSchemaVersion)
            #expect(try await store.programmes.programmes(authorities: nil) == [ProgrammeFixtures.rcrc])
            #expect(try await store.programmes.plans(authorities: nil) == [ProgrammeFixtures.leavesCare])
            #expect(try await store.scenarios.scenarios(authorities: nil).isEmpty)
            let saved = try await store.scenarios.save(
                authority: "879", name: "Baseline", owner: "analyst", savedAt: Date(timeIntervalSince1970: 2),
                definition: #"{"levers":[],"name":"Baseline"}"#)
            #expect(try await store.scenarios.scenarios(authorities: nil) == [saved])
        }
    }

    @Test("a failing migration is undone and later ones are not applied", arguments: Backend.available)
    func failureUndone(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let failing = Migration(version: HearthStore.latestSchemaVersion + 1, name: "half done") { db in
                try await db.create(table: "half_done").column("x", type: .int).run()
                try await db.raw("SELECT * FROM no_such_table").run()
            }
            let never = Migration(version: HearthStore.latestSchemaVersion + 2, name: "never") { db in
                try await db.create(table: "never").column("x", type: .int).run()
            }
            await #expect(throws: StorageError.self) {
                try await Migration.migrate(store.connection, with: Migration.all + [failing, never])
            }
            #expect(try await store.schemaVersion() == HearthStore.latestSchemaVersion)
            // Creating the table again succeeds only if the failed migration's CREATE was rolled back.
            try await store.connection.exclusive { db in
                try await db.create(table: "half_done").column("x", type: .int).run()
            }
        }
    }

    @Test("a database from a newer Hearth is refused", arguments: Backend.available)
    func newer(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let future = Migration(version: HearthStore.latestSchemaVersion + 1, name: "future") { _ in }
            try await Migration.migrate(store.connection, with: Migration.all + [future])
            await #expect(throws: StorageError.self) { try await store.migrate() }
        }
    }
}
