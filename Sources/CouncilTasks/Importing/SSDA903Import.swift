import CareModel
import Foundation
import Interchange
import Storage

/// One import of SSDA903 returns, the same from the command line and the browser: `read` validates every
/// file, then `save` merges the rows with what the store holds and saves the changed children in one
/// transaction.
///
/// Reading touches no database, so a caller can refuse bad files before it opens one: a bad file leaves
/// the store exactly as it was.
public struct SSDA903Import: Sendable {
    /// Where the returns come from.
    public enum Files: Sendable, Equatable {
        /// Files and folders on this machine; folders are searched for .csv and .xml files, and folder names
        /// can say the authority (an LA code) and the return year.
        case paths([String])
        /// Files sent through the browser; a year in a file's name says which return it is (else its dates).
        case sent([SentFile])
    }

    /// What saving did.
    public enum Outcome: Sendable {
        /// Saved as import run `id`.
        case imported(id: Int, report: ImportReport)
        /// Everything in the files was already in the store: nothing was written.
        case unchanged(report: ImportReport)

        public var report: ImportReport {
            switch self {
            case .imported(_, let report), .unchanged(let report): report
            }
        }
    }

    public var files: Files
    /// Set aside rows that break a rule and import the rest (`--set-aside-invalid`); strict by default.
    public var setsAsideInvalid = false
    /// The authority of rows whose file has no LA column (and, for paths, no folder named by an LA code).
    public var defaultAuthority: AuthorityCode
    /// The return year of sent files whose names give none, when the person sending them has said it (the
    /// upload's year check); otherwise such a file's year is told from its episode dates.
    public var returnYear: Int?

    public init(files: Files, defaultAuthority: AuthorityCode) {
        self.files = files
        self.defaultAuthority = defaultAuthority
    }

    /// Reads and validates every file; nothing is stored.
    ///
    /// - Throws: `FileReadFailure` with every problem in every file.
    public func read() throws(FileReadFailure) -> SSDA903Extract {
        var reader = SSDA903Reader(defaultAuthority: defaultAuthority)
        reader.setsAsideInvalid = setsAsideInvalid
        reader.sentReturnYear = returnYear
        switch files {
        case .paths(let paths): return try reader.read(paths: paths)
        case .sent(let sent): return try reader.read(contents: sent.map { ($0.name, $0.contents) })
        }
    }

    /// Merges the extract with the stored histories of its authorities and saves the children it creates or
    /// changes, with the import's report, in one transaction that keeps every other import (from this or any
    /// process) out until it ends; then writes the audit entry. Importing what the store already holds writes
    /// nothing (not even an audit entry: see `unchangedEntry`). `progress` hears what is happening, for a terminal.
    public func save(
        _ extract: SSDA903Extract, to store: HearthStore, by actor: ImportActor,
        progress: (String) -> Void = { _ in }
    ) async throws -> Outcome {
        let authorities = Set(
            extract.headers.map(\.authority) + extract.episodes.map(\.authority) + extract.uasc.map(\.authority))
        progress("Merging with the stored histories and saving…")
        let (id, report) = try await store.careRecords.mergeImport(
            authorities: authorities, importedAt: actor.time, setAside: Self.setAsideUpdate(extract, authorities)
        ) {
            HistoryMerge.merge(extract, into: $0)
        }
        guard let id else { return .unchanged(report: report) }
        try await store.audit.append(
            actor.auditEntry(
                "SSDA903 import \(id): \(report.files.count) files, \(report.childrenAffected) children created or changed"
            ))
        return .imported(id: id, report: report)
    }

    /// The audit log's entry for an import that found nothing new. `save` writes nothing then, so importing the
    /// same files again from the command line leaves the database byte for byte as it was; the web upload
    /// appends this entry, so that every attempt made through the browser is on record.
    public static func unchangedEntry(_ report: ImportReport, by actor: ImportActor) -> AuditEntry {
        let n = report.files.count
        return actor.auditEntry("SSDA903 import: nothing new in \(n.grouped) file\(n == 1 ? "" : "s")")
    }
}
