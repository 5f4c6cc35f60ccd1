import ArgumentParser
import CareModel
import Storage

/// `hearth audit verify`: checks the audit log's hash chain, entry by entry from the first.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no audit entry has been changed, removed, inserted or reordered.",
        discussion: """
            Each entry holds a SHA-256 hash of its fields and of the entry before it. This recomputes every \
            hash, oldest first, and stops at the first entry that does not match. Exits 0 when the log is \
            intact and 1 when it has been changed. A chain cannot show entries removed from the end: keep a \
            note of the latest hash this prints, and check later that the log still holds it \
            (hearth audit --format csv). See SECURITY.md, "Verifying the audit log".
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let report = try await HearthStore.using(database) { store in try await store.audit.verify() }
        guard let broken = report.brokenLink else {
            Terminal.say(Self.describeIntact(report.intactCount))
            if let latest = report.latestHash { Terminal.say("Latest hash: \(latest)") }
            return
        }
        Terminal.error(Self.describe(broken))
        throw ExitCode(1)
    }

    static func describeIntact(_ count: Int) -> String {
        switch count {
        case 0: "The audit log is empty: there is nothing to check."
        case 1: "The audit log's one entry is intact: its hash matches its fields."
        default:
            "The audit log's \(count.grouped) entries are intact: each one's hash matches its fields and the one "
                + "before it."
        }
    }

    /// The finding in plain words, naming the entry.
    static func describe(_ broken: AuditChainReport.BrokenLink) -> String {
        let rule =
            switch broken.reason {
            case .changed: "has been changed since it was written: its hash does not match its fields"
            case .unlinked:
                "does not follow on from the entry before it: an entry was removed, inserted or moved before it"
            case .missingHash: "has no hash: it was written or altered outside Hearth"
            }
        return "The audit log has been changed: entry \(broken.id) (\(AuditCommand.printable(broken.time))) "
            + "\(rule). Entries before it are intact."
    }
}
