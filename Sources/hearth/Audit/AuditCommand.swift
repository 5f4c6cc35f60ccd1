import ArgumentParser
import Foundation
import Interchange
import Storage

/// `hearth audit`: the audit log, for an auditor or the council's information governance team.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log: sign-ins, failed sign-ins, pages viewed, account changes, imports.",
        discussion: """
            The log is append-only: the database refuses to change or delete its entries. Each entry also holds \
            a hash of its fields and of the entry before it, so a change made around Hearth shows: \
            hearth audit verify checks every entry.
            """,
        subcommands: [AuditShowCommand.self, AuditVerifyCommand.self],
        defaultSubcommand: AuditShowCommand.self
    )

    /// Control characters (an escape sequence typed as a username) are shown as `?`, so printing the log
    /// cannot drive the terminal.
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }
}

/// `hearth audit show` (or plain `hearth audit`): every entry, oldest first.
struct AuditShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print every entry, oldest first (the default).",
        discussion: """
            --format csv adds each entry's number, previous hash and hash, and its canonical fields (the stored \
            values as a JSON array), so a copy can be checked without Hearth: see SECURITY.md, "Verifying the \
            audit log".
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

    @Option(help: "table (aligned, for people) or csv (for spreadsheets).")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let (entries, chain) = try await HearthStore.using(database) { store in
            try await (store.audit.linkedEntries(), store.audit.verify())
        }
        switch format {
        case .csv:
            for row in [Self.csvHead] + entries.map(Self.csvCells) {
                Terminal.say(row.map(CSVWriter.escape).joined(separator: ","))
            }
        case .table:
            let rows = [Self.head] + entries.map { Self.cells($0.entry).map(AuditCommand.printable) }
            let widths = Self.head.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
            for row in rows {
                Terminal.say(
                    zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                        .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
        // After the entries, so the warning is the last thing seen; on standard error, so CSV stays clean.
        if let broken = chain.brokenLink { Terminal.error("Warning: " + AuditVerifyCommand.describe(broken)) }
    }

    static let head = ["Time", "User", "Action", "Authority", "Child", "Detail", "IP address"]

    static func cells(_ entry: AuditEntry) -> [String] {
        [
            entry.time.ISO8601Format(), entry.username, entry.action.rawValue, entry.child?.authority ?? "",
            entry.child?.child ?? "",
            entry.detail, entry.ipAddress,
        ]
    }
}
