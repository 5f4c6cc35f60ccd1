import CareModel
import Foundation

/// The care records, with reads kept in memory while the data version stays the same (see `ReadCache`).
struct CachedCareRecordRepository: CareRecordRepository {
    let base: SQLCareRecordRepository
    let cache: ReadCache

    var connection: Connection { base.connection }

    func authorities() async throws -> [AuthorityCode] {
        try await connection.cached(cache, .authorities) { try await base.authorities() }
    }

    func histories(authorities: Set<AuthorityCode>?) async throws -> [ChildHistory] {
        try await connection.cached(cache, .histories(authorities)) {
            try await base.histories(authorities: authorities)
        }
    }

    func saveImport(_ changed: [ChildHistory], report: ImportReport, importedAt: Date) async throws -> Int {
        try await base.saveImport(changed, report: report, importedAt: importedAt)
    }

    func mergeImport(
        authorities: Set<AuthorityCode>, importedAt: Date, setAside: SetAsideUpdate,
        merge: @escaping @Sendable ([ChildHistory]) -> (changed: [ChildHistory], report: ImportReport)
    )
        async throws -> (id: Int?, report: ImportReport)
    {
        try await base.mergeImport(authorities: authorities, importedAt: importedAt, setAside: setAside, merge: merge)
    }

    func importRuns() async throws -> [ImportRun] {
        try await base.importRuns()
    }

    func setAsideRows(authorities: Set<AuthorityCode>?, limit: Int) async throws -> [SetAsideRow] {
        try await base.setAsideRows(authorities: authorities, limit: limit)
    }

    func setAsideCount(authorities: Set<AuthorityCode>?) async throws -> Int {
        try await base.setAsideCount(authorities: authorities)
    }
}
