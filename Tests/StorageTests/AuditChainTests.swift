import CareModel
import Foundation
import Logging
import NIOCore
import SQLKit
import Testing

@testable import Storage

/// The audit log's hash chain: the canonical encoding, and finding rows changed around Hearth.
@Suite("The audit log's hash chain")
struct AuditChainTests {
    /// A row, its canonical text and its hash, computed independently with Python's hashlib:
    ///     hashlib.sha256(previous.encode() + canonical.encode("utf-8")).hexdigest()
    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var previous: String
        var fields: [String?]
        var canonical: String
        var hash: String
        var testDescription: String { name }
    }

    static let vectors = [
        // previous = 64 zeros; fields 7, 2026-01-02T03:04:05Z, dana, login, NULL, NULL, "", 192.0.2.1
        Vector(
            name: "the first row, no child", previous: AuditChain.genesis,
            fields: ["7", "2026-01-02T03:04:05Z", "dana", "login", nil, nil, "", "192.0.2.1"],
            canonical: "1:7,20:2026-01-02T03:04:05Z,4:dana,5:login,~~0:,9:192.0.2.1,",
            hash: "52cc0c5672e17eece73e95b9e4ccfec75273b7c2c5f402bea9741aa25270cef1"),
        // previous = the hash above; detail `café, "quoted"` and a newline: 16 UTF-8 bytes (é is two)
        Vector(
            name: "a child, and a detail of non-ASCII, quotes, a comma and a newline",
            previous: "52cc0c5672e17eece73e95b9e4ccfec75273b7c2c5f402bea9741aa25270cef1",
            fields: ["8", "2026-01-02T03:05:00Z", "cli:jo", "view-child", "879", "A1", "café, \"quoted\"\n", ""],
            canonical: "1:8,20:2026-01-02T03:05:00Z,6:cli:jo,10:view-child,3:879,2:A1,16:café, \"quoted\"\n,0:,",
            hash: "c620317139fdcee0ee0725411f7fc05b424414f7ddeb0b58db2f7c0e150f9a3f"),
    ]

    @Test("canonical rows and hashes match ones computed by hand", arguments: AuditChainTests.vectors)
    func canonicalAndHash(_ vector: Vector) {
        let canonical = AuditChain.canonical(vector.fields)
        #expect(canonical == Array(vector.canonical.utf8))
        #expect(AuditChain.hash(previous: vector.previous, canonical: canonical) == vector.hash)
    }

    @Test func nullEmptyAndTildeStayApart() {
        #expect(AuditChain.canonical(["~", nil, ""]) == Array("1:~,~0:,".utf8))
        #expect(Set([AuditChain.canonical([nil]), AuditChain.canonical([""]), AuditChain.canonical(["~"])]).count == 3)
        #expect(AuditChain.genesis == String(repeating: "0", count: 64))
    }

    /// What an append hashes is what the first vector encodes.
    @Test func appendedFieldsAreTheStoredText() {
        let entry = AuditEntry(
            time: Date(timeIntervalSince1970: 1_767_323_045), username: "dana", action: .login,
            ipAddress: "192.0.2.1")
        #expect(AuditChain.fields(of: entry, id: 7) == Self.vectors[0].fields)
    }

    static func entry(_ n: Int) -> AuditEntry {
        AuditEntry(
            time: Date(timeIntervalSince1970: 1_795_000_000 + Double(n) * 60), username: "dana",
            action: n.isMultiple(of: 2) ? .viewChild : .viewPage,
            child: n.isMultiple(of: 2) ? ChildKey(authority: "879", child: "A\(n)") : nil, detail: "page \(n)",
            ipAddress: "192.0.2.1")
    }

    static func appendThree(_ store: HearthStore) async throws {
        for n in 1...3 { try await store.audit.append(entry(n)) }
    }

    /// Drops the append-only triggers, as someone with the database's password could, then runs `statement`.
    static func tamper(_ store: HearthStore, _ statement: String) async throws {
        try await store.connection.exclusive { db in
            let drops =
                db.dialect.name == "sqlite"
                ? ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"]
                : ["DROP TRIGGER audit_log_append_only ON audit_log"]
            for sql in drops + [statement] { try await db.raw(SQLQueryString(sql)).run() }
        }
    }

    @Test("appended entries are chained and verify as intact", arguments: Backend.available)
    func intact(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let empty = AuditChainReport(intactCount: 0, brokenLink: nil, latestHash: nil)
            #expect(try await store.audit.verify() == empty)
            try await Self.appendThree(store)
            let links = try await store.audit.linkedEntries().map { $0.link }
            try #require(links.count == 3)
            #expect(links.map(\.id) == [1, 2, 3])
            #expect(links.map(\.previousHash) == [AuditChain.genesis, links[0].rowHash, links[1].rowHash])
            let report = try await store.audit.verify()
            #expect(report == AuditChainReport(intactCount: 3, brokenLink: nil, latestHash: links[2].rowHash))
            #expect(try await store.audit.entries() == (1...3).map(Self.entry))
        }
    }

    @Test("a row changed in the database is found", arguments: Backend.available)
    func changed(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.appendThree(store)
            try await Self.tamper(store, "UPDATE audit_log SET detail = 'nothing to see' WHERE id = 2")
            let report = try await store.audit.verify()
            #expect(
                report.brokenLink == AuditChainReport.BrokenLink(id: 2, time: "2026-11-18T11:08:40Z", reason: .changed))
            #expect(report.intactCount == 1)
        }
    }

    @Test("a row removed from the middle unlinks the next", arguments: Backend.available)
    func removed(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.appendThree(store)
            try await Self.tamper(store, "DELETE FROM audit_log WHERE id = 2")
            let report = try await store.audit.verify()
            #expect(report.brokenLink?.id == 3)
            #expect(report.brokenLink?.reason == .unlinked)
            #expect(report.intactCount == 1)
        }
    }

    /// Rewriting a row and its own hash still breaks the link from the row after it.
    @Test("a changed row given a fresh hash unlinks the next", arguments: Backend.available)
    func rehashed(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.appendThree(store)
            var link = try #require(try await store.audit.linkedEntries().map { $0.link }.dropFirst().first)
            link.fields[6] = "nothing to see"
            let hash = AuditChain.hash(previous: link.previousHash ?? "", canonical: AuditChain.canonical(link.fields))
            try await Self.tamper(
                store, "UPDATE audit_log SET detail = 'nothing to see', row_hash = '\(hash)' WHERE id = 2")
            let report = try await store.audit.verify()
            #expect(report.brokenLink?.id == 3)
            #expect(report.brokenLink?.reason == .unlinked)
        }
    }

    @Test("a removed hash is found, and nothing is chained to it", arguments: Backend.available)
    func missingHash(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            try await Self.appendThree(store)
            try await Self.tamper(store, "UPDATE audit_log SET row_hash = NULL WHERE id = 3")
            let report = try await store.audit.verify()
            #expect(report.brokenLink?.id == 3)
            #expect(report.brokenLink?.reason == .missingHash)
            await #expect(throws: StorageError.self) { try await store.audit.append(Self.entry(4)) }
        }
    }

    /// Two connections stand for two Hearth processes sharing the database. A SQLite connection waiting for
    /// the other's write lock holds a thread of NIO's blocking pool, so with a pool of one thread the
    /// second connection could never commit: there, one connection's calls race instead.
    @Test("appends from two connections at once all land, chained", arguments: Backend.available)
    func concurrentAppends(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let separate = backend == .postgres || NIOSingletons.blockingPoolThreadCountSuggestion > 1
            let other: HearthStore =
                if separate {
                    try await HearthStore.open(store.location, logger: Logger(label: "hearth.storage.tests"))
                } else {
                    store
                }
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in 1...20 {
                        let log = n.isMultiple(of: 2) ? store.audit : other.audit
                        group.addTask { try await log.append(Self.entry(n)) }
                    }
                    try await group.waitForAll()
                }
            } catch {
                if separate { try? await other.shutdown() }
                throw error
            }
            if separate { try await other.shutdown() }
            let report = try await store.audit.verify()
            #expect(report.isIntact && report.intactCount == 20)
            #expect(try await store.audit.count() == 20)
        }
    }

    /// Rows written before version 9 (by a Hearth without the chain) are chained by the upgrade, and the
    /// append-only triggers are back afterwards.
    @Test("version 9 chains the rows already logged", arguments: Backend.available)
    func migration(_ backend: Backend) async throws {
        try await withStore(backend, migrated: false) { store in
            try await Migration.migrate(store.connection, with: Migration.all.filter { $0.version <= 7 })
            try await store.connection.exclusive { db in
                for n in 1...3 {
                    let authority: String? = n == 2 ? "879" : nil
                    let child: String? = n == 2 ? "A2" : nil
                    try await db.insert(into: "audit_log")
                        .columns("at", "username", "action", "child_authority", "child_id", "detail", "ip_address")
                        .values(
                            SQLBind("2026-01-02T03:0\(n):00Z"), SQLBind("dana"), SQLBind("view-page"),
                            SQLBind(authority), SQLBind(child), SQLBind("page \(n)"),
                            SQLBind("192.0.2.1")
                        )
                        .run()
                }
            }
            try await store.migrate()
            #expect(try await store.audit.verify().intactCount == 3)
            try await store.audit.append(Self.entry(4))
            let report = try await store.audit.verify()
            #expect(report.isIntact && report.intactCount == 4)
            await #expect(throws: (any Error).self) {
                try await store.connection.exclusive { db in try await db.raw("DELETE FROM audit_log").run() }
            }
        }
    }
}
