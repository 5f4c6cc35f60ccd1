import CareModel
import Foundation
import Interchange
import Storage

/// One import of SSDA903 returns into the store: read and validate every file first, then merge with
/// what the store holds and save the changed children in one transaction.
///
/// The database is not opened until every file has passed validation, so a bad file leaves it
/// byte-for-byte as it was.
struct SSDA903ImportRun {
    var paths: [String]
    var defaultAuthority: AuthorityCode

    enum Outcome {
        /// Saved as import run `id`.
        case imported(id: Int, report: ImportReport)
        /// Everything in the files was already in the store: nothing was written.
        case unchanged(report: ImportReport)
    }

    func run(database: DatabaseOptions) async throws -> Outcome {
        Terminal.progress("Reading \(paths.count == 1 ? paths[0] : "\(paths.count) paths")…")
        let extract = try SSDA903Reader(defaultAuthority: defaultAuthority).read(paths: paths)
        Terminal.progress("Read \(extract.report.episodeRows.grouped) episode rows; merging with the database…")
        let authorities = Set(extract.headers.map(\.authority) + extract.episodes.map(\.authority))
        return try await HearthStore.using(database) { store in
            let existing = try await store.careRecords.histories(authorities: authorities)
            let (changed, report) = HistoryMerge.merge(extract, into: existing)
            guard !changed.isEmpty else {
                Terminal.progressDone()
                return .unchanged(report: report)
            }
            Terminal.progress("Saving \(changed.count.grouped) children's histories…")
            let id = try await store.careRecords.saveImport(changed, report: report, importedAt: Self.timestamp())
            try await store.audit.append(AuditEntry(
                time: Date(), username: commandLineActor(), action: "import",
                detail: "SSDA903 import \(id): \(report.files.count) files, \(changed.count) children created or changed"))
            Terminal.progressDone()
            return .imported(id: id, report: report)
        }
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601)
    }
}
