import Foundation
import Logging
import Testing

@testable import Storage

@Suite("Opening and closing the store")
struct HearthStoreTests {
    let logger = Logger(label: "hearth.storage.tests")

    @Test("a SQLite file in a missing folder cannot be opened")
    func missingFolder() async {
        await #expect {
            _ = try await HearthStore.open(.sqlite(path: "/nonexistent-hearth-folder/x.sqlite"), logger: logger)
        } throws: { error in
            guard case .cannotOpen(let location, _) = error as? StorageError else { return false }
            return location == "/nonexistent-hearth-folder/x.sqlite"
        }
    }

    @Test("a file that is not a database cannot be opened")
    func notADatabase() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        await #expect(throws: StorageError.self) { _ = try await HearthStore.open(.sqlite(path: path), logger: logger) }
    }

    @Test("an unreachable PostgreSQL server is reported with the password masked")
    func unreachable() async {
        await #expect {
            let nobodyListening = "postgres://u:pw@127.0.0.1:1/db?sslmode=disable"
            _ = try await HearthStore.open(.postgres(url: nobodyListening), logger: logger)
        } throws: { error in
            guard case .cannotOpen(let location, _) = error as? StorageError else { return false }
            return location == "postgres://u:***@127.0.0.1:1/db?sslmode=disable"
        }
    }

    @Test("a store cannot be used after shutdown", arguments: Backend.available)
    func closed(_ backend: Backend) async throws {
        var kept: HearthStore?
        try await withStore(backend) { store in kept = store }
        let store = try #require(kept)
        await #expect(throws: StorageError.self) { _ = try await store.careRecords.authorities() }
    }
}
