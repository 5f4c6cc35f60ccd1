import CareModel
import Foundation
import Logging
import Testing

@testable import Storage

@Suite("Imports merge into what is stored, one at a time, in one transaction")
struct MergeImportTests {
    static func episode(_ start: String) -> Episode {
        Episode(childID: "X", start: Day(iso: start)!, reasonNew: .s, legalStatus: .c2, place: .u4, provider: .pr1)
    }

    /// What an import of one episode for child X merges to: the stored history plus that episode. The
    /// pause stands for a long merge, so that without the lock the second import would read the same empty
    /// store and its save would drop the first one's episode.
    static func adding(_ start: String) -> @Sendable ([ChildHistory]) -> (changed: [ChildHistory], report: ImportReport)
    {
        { existing in
            Thread.sleep(forTimeInterval: 0.3)
            var history =
                existing.first { $0.child.id == "X" }
                ?? ChildHistory(
                    authority: "879", child: Child(id: "X", sex: .male, dateOfBirth: Day(iso: "2012-01-01")!),
                    episodes: [])
            history.episodes = (history.episodes + [episode(start)]).sorted { $0.start < $1.start }
            var report = ImportReport()
            report.childrenAffected = 1
            return ([history], report)
        }
    }

    /// Two stores on one database stand for two processes importing at the same moment: both episodes
    /// are kept, and there are two import runs.
    @Test("two imports at once from two processes both keep their episodes", arguments: Backend.available)
    func concurrentImportsFromTwoProcesses(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let other = try await HearthStore.open(store.location, logger: Logger(label: "other"))
            let outcome: Result<[Int?], any Error>
            do {
                async let first = store.careRecords.mergeImport(
                    authorities: ["879"], importedAt: Date(timeIntervalSince1970: 0), merge: Self.adding("2023-04-01"))
                async let second = other.careRecords.mergeImport(
                    authorities: ["879"], importedAt: Date(timeIntervalSince1970: 0), merge: Self.adding("2024-04-01"))
                outcome = .success(try await [first.id, second.id])
            } catch {
                outcome = .failure(error)
            }
            try await other.shutdown()
            let ids = try outcome.get()
            let stored = try await store.careRecords.histories(authorities: ["879"])
            #expect(stored.first?.episodes.map(\.start.iso) == ["2023-04-01", "2024-04-01"])
            #expect(Set(ids.compactMap { $0 }).count == 2)
            #expect(try await store.careRecords.importRuns().count == 2)
        }
    }

    /// A merge that changes nothing writes nothing: no run, the data version unchanged.
    @Test("nothing changed, nothing written", arguments: Backend.available)
    func unchangedWritesNothing(_ backend: Backend) async throws {
        try await withStore(backend) { store in
            let before = await store.dataVersion()
            let (id, _) = try await store.careRecords.mergeImport(
                authorities: ["879"], importedAt: Date(timeIntervalSince1970: 0)
            ) { _ in ([], ImportReport()) }
            #expect(id == nil)
            #expect(try await store.careRecords.importRuns().isEmpty)
            #expect(await store.dataVersion() == before)
        }
    }
}
