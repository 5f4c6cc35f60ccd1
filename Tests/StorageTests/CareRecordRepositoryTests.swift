import CareModel
import Foundation
import Testing

@testable import Storage

@Suite("Care record repository")
struct CareRecordRepositoryTests {
    @Test("histories round-trip with every optional field empty and set", arguments: Backend.available)
    func roundTrip(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            _ = try await store.careRecords.saveImport(
                Fixtures.all, report: ImportReport(), importedAt: Date.iso("2025-01-01T00:00:00Z"))
            // Sorted by authority then child: ("802","A1") < ("879","A1") < ("879","B2").
            #expect(
                try await store.careRecords.histories(authorities: nil)
                    == [Fixtures.elsewhere, Fixtures.sparse, Fixtures.full])
            #expect(try await store.careRecords.authorities() == ["802", "879"])
        }
    }

    @Test("histories can be limited to some authorities", arguments: Backend.available)
    func filterByAuthority(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            _ = try await store.careRecords.saveImport(
                Fixtures.all, report: ImportReport(), importedAt: Date.iso("2025-01-01T00:00:00Z"))
            let cases: [(Set<AuthorityCode>, [ChildHistory])] = [
                (["879"], [Fixtures.sparse, Fixtures.full]),
                (["802"], [Fixtures.elsewhere]),
                (["802", "879"], [Fixtures.elsewhere, Fixtures.sparse, Fixtures.full]),
                (["999"], []),
                ([], []),
            ]
            for (authorities, expected) in cases {
                #expect(try await store.careRecords.histories(authorities: authorities) == expected)
            }
        }
    }

    @Test("an empty database has no authorities, histories or imports", arguments: Backend.available)
    func empty(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let authorities = try await store.careRecords.authorities()
            let histories = try await store.careRecords.histories(authorities: nil)
            let runs = try await store.careRecords.importRuns()
            #expect(authorities.isEmpty && histories.isEmpty && runs.isEmpty)
        }
    }

    @Test("saving a child again replaces its header and episodes, leaving others alone", arguments: Backend.available)
    func replace(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            _ = try await store.careRecords.saveImport(
                Fixtures.all, report: ImportReport(), importedAt: Date.iso("2025-01-01T00:00:00Z"))
            var corrected = Fixtures.full
            corrected.child.upn = nil
            corrected.child.ethnicity = .refu
            corrected.episodes = [corrected.episodes[0]]  // the second episode was recorded in error
            corrected.episodes[0].end = nil
            corrected.episodes[0].reasonEnded = nil
            _ = try await store.careRecords.saveImport(
                [corrected], report: ImportReport(), importedAt: Date.iso("2025-02-01T00:00:00Z"))
            #expect(
                try await store.careRecords.histories(authorities: nil)
                    == [Fixtures.elsewhere, Fixtures.sparse, corrected])
        }
    }

    @Test("a failing save writes nothing and keeps earlier data", arguments: Backend.available)
    func rollback(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            _ = try await store.careRecords.saveImport(
                Fixtures.all, report: ImportReport(), importedAt: Date.iso("2025-01-01T00:00:00Z"))
            var broken = Fixtures.full
            broken.child.upn = "CHANGED"
            broken.episodes.append(broken.episodes[1])  // same child and start twice: the primary key refuses it
            var newcomer = Fixtures.sparse
            newcomer.child.id = "NEW"
            await #expect(throws: StorageError.self) {
                _ = try await store.careRecords.saveImport(
                    [newcomer, broken], report: Fixtures.report(files: 1, warning: "x"),
                    importedAt: Date.iso("2025-02-01T00:00:00Z"))
            }
            #expect(
                try await store.careRecords.histories(authorities: nil)
                    == [Fixtures.elsewhere, Fixtures.sparse, Fixtures.full])
            #expect(try await store.careRecords.importRuns().map(\.importedAt) == [Date.iso("2025-01-01T00:00:00Z")])
        }
    }

    @Test("import runs are listed oldest first with their reports", arguments: Backend.available)
    func importRuns(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let first = Fixtures.report(files: 2, warning: "H5 used in 2024-25")
            let second = Fixtures.report(files: 0, warning: "nothing changed")
            let records = store.careRecords
            let id1 = try await records.saveImport(
                Fixtures.all, report: first, importedAt: Date.iso("2025-01-01T09:00:00Z"))
            let id2 = try await records.saveImport([], report: second, importedAt: Date.iso("2025-01-02T09:00:00Z"))
            #expect(id2 > id1)
            #expect(
                try await store.careRecords.importRuns() == [
                    ImportRun(id: id1, importedAt: Date.iso("2025-01-01T09:00:00Z"), report: first),
                    ImportRun(id: id2, importedAt: Date.iso("2025-01-02T09:00:00Z"), report: second),
                ])
        }
    }

    @Test("concurrent saves and reads take turns on the connection", arguments: Backend.available)
    func concurrentCalls(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let records = store.careRecords
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        var history = Fixtures.full
                        history.child.id = "C\(i)"
                        _ = try await records.saveImport(
                            [history], report: ImportReport(), importedAt: Date(timeIntervalSince1970: 0))
                        _ = try await records.histories(authorities: ["879"])
                    }
                }
                try await group.waitForAll()
            }
            // 8 saves of one child each, all committed separately.
            #expect(try await records.importRuns().count == 8)
            #expect(try await records.histories(authorities: nil).count == 8)
        }
    }
}
