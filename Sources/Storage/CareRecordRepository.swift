import CareModel
import Foundation

/// The children's SSDA903 records: headers and episodes, and the imports that brought them in.
public protocol CareRecordRepository: Sendable {
    /// The authorities that have at least one child, in code order.
    func authorities() async throws -> [AuthorityCode]

    /// Histories (header + episodes sorted by start) of these authorities' children; all when nil.
    /// Sorted by authority, then child ID.
    func histories(authorities: Set<AuthorityCode>?) async throws -> [ChildHistory]

    /// In ONE transaction: replace these children's header and episodes (delete + insert), and record
    /// the import run. Returns the new import run's id. All-or-nothing: on any error nothing is written.
    func saveImport(_ changed: [ChildHistory], report: ImportReport, importedAt: Date) async throws -> Int

    /// In ONE transaction, with every other import (from any process) kept out until it ends: reads the
    /// stored histories of `authorities`, lets `merge` work out which children the import creates or changes,
    /// and saves those as `saveImport` does, with the import's changes to the set-aside rows. No run is
    /// recorded when `merge` changes no child (the run id is then `nil`). Two imports at once therefore never
    /// merge into the same old histories.
    func mergeImport(
        authorities: Set<AuthorityCode>, importedAt: Date, setAside: SetAsideUpdate,
        merge: @escaping @Sendable ([ChildHistory]) -> (changed: [ChildHistory], report: ImportReport)
    )
        async throws -> (id: Int?, report: ImportReport)

    /// The rows imports have set aside and no later import has supplied, of these authorities (all when nil),
    /// by authority, file and row; at most `limit` of them.
    func setAsideRows(authorities: Set<AuthorityCode>?, limit: Int) async throws -> [SetAsideRow]
    /// How many rows of these authorities (all when nil) are set aside.
    func setAsideCount(authorities: Set<AuthorityCode>?) async throws -> Int

    /// Every import run, oldest first.
    func importRuns() async throws -> [ImportRun]
}

/// One saved import: when it happened and what its report said.
public struct ImportRun: Sendable, Hashable, Codable {
    public var id: Int
    /// When the import was saved (to the second).
    public var importedAt: Date
    public var report: ImportReport

    public init(id: Int, importedAt: Date, report: ImportReport) {
        self.id = id
        self.importedAt = importedAt
        self.report = report
    }
}

extension CareRecordRepository {
    /// Every authority's set-aside rows (as many as the repository lets its reader see), at most `limit`.
    public func setAsideRows(limit: Int) async throws -> [SetAsideRow] {
        try await setAsideRows(authorities: nil, limit: limit)
    }

    /// How many rows are set aside (of the authorities the repository lets its reader see).
    public func setAsideCount() async throws -> Int {
        try await setAsideCount(authorities: nil)
    }

    /// `mergeImport` with nothing set aside (a strict import).
    public func mergeImport(
        authorities: Set<AuthorityCode>, importedAt: Date,
        merge: @escaping @Sendable ([ChildHistory]) -> (changed: [ChildHistory], report: ImportReport)
    ) async throws -> (id: Int?, report: ImportReport) {
        try await mergeImport(
            authorities: authorities, importedAt: importedAt, setAside: SetAsideUpdate(), merge: merge)
    }
}
