import Foundation
import SQLKit
import Testing

@testable import Storage

/// `hearth audit` and `hearth audit verify` on a real SQLite file, changed behind Hearth's back the way
/// someone holding the file could: drop the append-only triggers, then rewrite or remove a row.
@Suite("hearth audit verify, end to end", .serialized)
struct AuditCommandTests {
    /// Three entries: an account added, a token for it (named with a comma, quotes and non-ASCII), disabled.
    func loggedDatabase(_ work: Workspace) throws -> String {
        let db = work.path("hearth.sqlite")
        try work.hearth(["user", "add", "dana", "--role", "finance", "--db", db], input: "a long pass phrase\n")
            .expectSuccess()
        try work.hearth(["token", "add", "dana", "--name", "Power BI, \"finance\" café", "--db", db]).expectSuccess()
        try work.hearth(["user", "disable", "dana", "--db", db]).expectSuccess()
        return db
    }

    @Test func verifyPassesAnIntactLogAndNamesAChangedEntry() async throws {
        let work = try Workspace()
        let db = try loggedDatabase(work)
        let intact = try work.hearth(["audit", "verify", "--db", db])
        intact.expectSuccess()
        #expect(intact.out.contains("The audit log's 3 entries are intact: each one's hash matches its fields"))
        #expect(intact.out.contains("Latest hash: "))
        let shown = try work.hearth(["audit", "--db", db])  // printing is still the default
        shown.expectSuccess()
        #expect(shown.out.hasPrefix("Time "))
        #expect(!shown.err.contains("Warning"))

        try await Self.tamper(db, "UPDATE audit_log SET detail = 'nothing happened' WHERE id = 2")
        let changed = try work.hearth(["audit", "verify", "--db", db])
        #expect(changed.status == 1)
        #expect(changed.err.contains("The audit log has been changed: entry 2 (20"))
        #expect(changed.err.contains("has been changed since it was written"))
        let printed = try work.hearth(["audit", "--db", db])
        printed.expectSuccess()
        #expect(printed.out.contains("nothing happened"))
        #expect(printed.err.contains("Warning: The audit log has been changed: entry 2"))
    }

    /// The Python recipe in SECURITY.md, taken from the file itself, checks the CSV export.
    @Test(.enabled(if: BrowserTools.onPath("python3")))
    func exportChecksWithTheRecipeInSecurityMD() async throws {
        let work = try Workspace()
        let db = try loggedDatabase(work)
        try Self.recipe().write(toFile: work.path("verify_audit.py"), atomically: true, encoding: .utf8)
        func check() throws -> Workspace.Result {
            let csv = try work.hearth(["audit", "--format", "csv", "--db", db])
            csv.expectSuccess()
            try csv.out.write(toFile: work.path("audit.csv"), atomically: true, encoding: .utf8)
            return try work.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", work.path("verify_audit.py"), work.path("audit.csv")])
        }
        let intact = try check()
        #expect(intact.status == 0, "\(intact.out)")
        #expect(intact.out.contains("3 entries intact"))

        try await Self.tamper(db, "DELETE FROM audit_log WHERE id = 2")
        let removed = try check()
        #expect(removed.status != 0)
        #expect(removed.out.contains("Entry 3 breaks the chain"))
    }

    /// Drops both append-only triggers and runs `statement` on the SQLite file at `path`.
    static func tamper(_ path: String, _ statement: String) async throws {
        let store = try await HearthStore.openMigrated(.sqlite(path: path))
        do {
            try await store.connection.exclusive { db in
                for sql in ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete", statement] {
                    try await db.raw(SQLQueryString(sql)).run()
                }
            }
        } catch {
            try? await store.shutdown()
            throw error
        }
        try await store.shutdown()
    }

    /// The ```python block of SECURITY.md's "Verifying the audit log", so the documented recipe is the tested one.
    static func recipe() throws -> String {
        let text = try String(
            contentsOf: Workspace.packageRoot.appendingPathComponent("SECURITY.md"), encoding: .utf8)
        let section = try #require(text.range(of: "## Verifying the audit log"))
        let start = try #require(text.range(of: "```python\n", range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }
}
