import ArgumentParser
import Foundation
import Interchange
import Storage

/// `hearth audit`: the audit log, for an auditor or the council's information governance team.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Print the audit log: sign-ins, failed sign-ins, pages viewed, account changes, imports.",
        discussion: "The log is append-only: the database refuses to change or delete its entries."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

    @Option(help: "table (aligned, for people) or csv (for spreadsheets).")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let entries = try await HearthStore.using(database) { store in try await store.audit.entries() }
        let rows = entries.map { Self.cells($0).map(Self.printable) }
        switch format {
        case .csv:
            for row in [Self.head] + rows { Terminal.say(row.map(Self.csvField).joined(separator: ",")) }
        case .table:
            let widths = Self.head.indices.map { i in ([Self.head] + rows).map { $0[i].count }.max() ?? 0 }
            for row in [Self.head] + rows {
                Terminal.say(
                    zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                        .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
    }

    static let head = ["Time", "User", "Action", "Authority", "Child", "Detail", "IP address"]

    static func cells(_ entry: AuditEntry) -> [String] {
        [
            entry.time.ISO8601Format(), entry.username, entry.action.rawValue, entry.child?.authority ?? "",
            entry.child?.child ?? "",
            entry.detail, entry.ipAddress,
        ]
    }

    /// A field as every CSV Hearth writes it (quoted when it must be, a formula made text); usernames and
    /// details come from outside.
    static func csvField(_ text: String) -> String {
        CSVWriter.escape(text)
    }

    /// Control characters (an escape sequence typed as a username) are shown as `?`, so printing the log
    /// cannot drive the terminal.
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }
}
