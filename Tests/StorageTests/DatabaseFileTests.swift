import Foundation
import Logging
import Testing

@testable import Storage

/// The SQLite file and its write-ahead log hold children's records: only the account Hearth runs as may
/// read them (the security review found them 0644).
@Suite("SQLite files are the owner's alone")
struct DatabaseFileTests {
    static func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func newDatabaseAndItsLogAre0600() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("perm-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try await HearthStore.open(.sqlite(path: path), logger: Logger(label: "test"))
        try await store.migrate()  // writes, so the -wal and -shm files exist
        #expect(try Self.permissions(path) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            #expect(try Self.permissions(path + suffix) == 0o600, "\(suffix)")
        }
        try await store.shutdown()
    }

    /// A database an older Hearth made world-readable is tightened when it is next opened.
    @Test func anExistingWorldReadableFileIsTightened() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("perm-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644])
        #expect(try Self.permissions(path) == 0o644)
        let store = try await HearthStore.open(.sqlite(path: path), logger: Logger(label: "test"))
        #expect(try Self.permissions(path) == 0o600)
        try await store.shutdown()
    }
}
