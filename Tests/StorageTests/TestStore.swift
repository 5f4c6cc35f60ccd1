import Foundation
import Logging
import SQLKit
import Testing

@testable import Storage

/// A database the repository tests run on: SQLite always, PostgreSQL when `HEARTH_TEST_POSTGRES_URL` is set.
enum Backend: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["HEARTH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }
}

/// Opens a fresh store on `backend` (migrated, unless a test of upgrading wants it at version 0), runs `body`,
/// and removes what it made: each SQLite test gets its own temporary file, each PostgreSQL test its own
/// schema, so tests can run in parallel.
func withStore(_ backend: Backend, migrated: Bool = true, _ body: (HearthStore) async throws -> Void) async throws {
    let name = "hearth_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let location: DatabaseLocation
    switch backend {
    case .sqlite:
        location = .sqlite(path: FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sqlite").path)
    case .postgres:
        let url = try #require(Backend.postgresURL)
        location = .postgres(url: url + (url.contains("?") ? "&" : "?") + "schema=" + name)
    }
    let store = try await HearthStore.open(location, logger: Logger(label: "hearth.storage.tests"))
    do {
        if migrated { try await store.migrate() }
        try await body(store)
    } catch {
        try await removeAndShutdown(store, schema: name)
        throw error
    }
    try await removeAndShutdown(store, schema: name)
}

private func removeAndShutdown(_ store: HearthStore, schema: String) async throws {
    switch store.location {
    case .sqlite(let path):
        try await store.shutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    case .postgres:
        try await store.connection.exclusive { db in try await db.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
        try await store.shutdown()
    }
}
