import Foundation
import Storage

/// The audit log for administrators: the latest entries first, as `hearth audit` exports them in full.
struct AuditPage {
    var entries: [AuditEntry]
    /// How many entries the log holds in all.
    var total: Int
    /// What checking the hash chain found; a broken chain is shown above everything else.
    var chain: AuditChainReport? = nil

    /// How many entries the page shows; the rest are in `hearth audit --format csv`.
    static let shown = 500

    var page: HTMLPage {
        let latest = min(total, Self.shown)
        return HTMLPage(
            title: "Audit log",
            body: .group([
                .h1("Audit log"),
                chainWarning,
                .p(.class("lede"), "\(total.grouped) entries; the latest \(latest.grouped) are shown, newest first."),
                .p(.class("hint"), "For the whole log, run ", .code("hearth audit --format csv"), " on the server."),
                pseudonymisedExport,
                HTMLTable(
                    caption: "Audit log entries, newest first",
                    head: ["Time (UTC)", "User", "Action", "Child", "Detail", "IP address"],
                    rows: entries.map(Self.cells), firstColumnIsText: 6
                ).node,
            ]))
    }

    /// The first broken link, as `hearth audit verify` reports it; nothing when the chain holds.
    var chainWarning: Node {
        guard let broken = chain?.brokenLink else { return .empty }
        let rule =
            switch broken.reason {
            case .changed: "has been changed since it was written: its hash does not match its fields."
            case .unlinked: "does not follow on from the entry before it: an entry was removed, inserted or moved."
            case .missingHash: "has no hash: it was written or altered outside Hearth."
            }
        return .div(
            .class("error-summary"), .role("alert"),
            .h2("The audit log has been changed"),
            .p(.text("Entry \(broken.id) (\(broken.time)) \(rule) The entries before it are intact.")),
            .p("Run ", .code("hearth audit verify"), " on the server, and tell whoever is responsible for security."))
    }

    /// What the pseudonymised export holds and the link to download it.
    var pseudonymisedExport: Node {
        .group([
            .h2("Pseudonymised export"),
            .p(
                "Child-level episodes for analysts or a regional hub, with each child's ID replaced by a salted ",
                "SHA-256 hash, dates of birth to the month and postcodes to the sector; names and UPNs are left out. ",
                "It is still personal data: share it only under a data-sharing agreement. ",
                "Every download is written to this log."),
            .p(.a(.href(Route.pseudonymisedExport.path), .download, "Download the pseudonymised episodes (CSV)")),
        ])
    }

    static func cells(_ entry: AuditEntry) -> [String] {
        let time = entry.time.ISO8601Format().replacingOccurrences(of: "T", with: " ").replacingOccurrences(
            of: "Z", with: "")
        return [
            time, entry.username, entry.action.rawValue, entry.child.map { "\($0.authority) \($0.child)" } ?? "",
            entry.detail, entry.ipAddress,
        ]
    }
}
