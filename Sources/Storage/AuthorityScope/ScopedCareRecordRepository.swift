import CareModel
import Foundation

/// The care records an account may see: every read is narrowed to its `AuthorityScope` and every write
/// outside it refused, here, below every page, API call, download and upload — so no route can forget.
struct ScopedCareRecordRepository: CareRecordRepository {
    let base: any CareRecordRepository
    let scope: AuthorityScope

    func authorities() async throws -> [AuthorityCode] {
        try await base.authorities().filter(scope.allows)
    }

    func histories(authorities: Set<AuthorityCode>?) async throws -> [ChildHistory] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.histories(authorities: allowed)
    }

    func saveImport(_ changed: [ChildHistory], report: ImportReport, importedAt: Date) async throws -> Int {
        try check(changed.map(\.authority))
        return try await base.saveImport(changed, report: report, importedAt: importedAt)
    }

    func mergeImport(
        authorities: Set<AuthorityCode>, importedAt: Date, setAside: SetAsideUpdate,
        merge: @escaping @Sendable ([ChildHistory]) -> (changed: [ChildHistory], report: ImportReport)
    ) async throws -> (id: Int?, report: ImportReport) {
        try check(authorities)
        try check(setAside.add.map(\.authority))
        return try await base.mergeImport(
            authorities: authorities, importedAt: importedAt, setAside: setAside, merge: merge)
    }

    /// Set-aside rows name children: another authority's are not read, as `histories` reads none.
    func setAsideRows(authorities: Set<AuthorityCode>?, limit: Int) async throws -> [SetAsideRow] {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return [] }
        return try await base.setAsideRows(authorities: allowed, limit: limit)
    }

    func setAsideCount(authorities: Set<AuthorityCode>?) async throws -> Int {
        let allowed = scope.narrowing(authorities)
        if allowed?.isEmpty == true { return 0 }
        return try await base.setAsideCount(authorities: allowed)
    }

    /// Import runs say nothing of any one child; an account that may import sees the history of imports.
    func importRuns() async throws -> [ImportRun] {
        try await base.importRuns()
    }

    func check(_ authorities: some Sequence<AuthorityCode>) throws {
        if let outside = authorities.first(where: { !scope.allows($0) }) {
            throw StorageError.outsideScope(authority: outside)
        }
    }
}
