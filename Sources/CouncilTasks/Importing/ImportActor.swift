import CareModel
import Foundation
import Storage

/// Who ran an import, from where and when: what the audit log and the stored import records say.
public struct ImportActor: Sendable {
    /// An account's username, or "cli:NAME" for the command line.
    public var username: String
    /// The browser's IP address; empty for the command line.
    public var ipAddress: String
    public var time: Date

    public init(username: String, ipAddress: String = "", time: Date) {
        self.username = username
        self.ipAddress = ipAddress
        self.time = time
    }

    /// The audit log's "import" entry for what was saved.
    func auditEntry(_ detail: String) -> AuditEntry {
        AuditEntry(time: time, username: username, action: .import, detail: detail, ipAddress: ipAddress)
    }

    /// The audit log's entry for an import refused before anything was saved, so failed attempts are on
    /// record as well as successful ones: "Upload of SSDA903 returns refused: 3 problems in the files
    /// (2 files: 2025-header.csv, 2025-episodes.csv)". `what` starts the sentence ("Upload of SSDA903
    /// returns"); `reason` says why (a count of problems rather than the problems, which may be thousands).
    public func refusalEntry(of what: String, files: [String], reason: String) -> AuditEntry {
        AuditEntry(
            time: time, username: username, action: .importRefused,
            detail: "\(what) refused: \(reason) (\(Self.fileList(files)))", ipAddress: ipAddress)
    }

    /// How many files and the names of the first five: "7 files: a.csv, b.csv, c.csv, d.csv, e.csv and 2
    /// more". An upload may hold hundreds of files, and the log keeps every entry for good.
    static func fileList(_ names: [String]) -> String {
        let shown = names.prefix(5).joined(separator: ", ")
        let more = names.count > 5 ? " and \((names.count - 5).grouped) more" : ""
        switch names.count {
        case 0: return "no files"
        case 1: return "1 file: \(shown)"
        default: return "\(names.count.grouped) files: \(shown)\(more)"
        }
    }
}
