import ArgumentParser
import Foundation
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
        let rows = entries.map(Self.cells)
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

    /// Quotes a field that holds a comma, quote or line break; a leading =, +, - or @ is prefixed with '
    /// so a spreadsheet does not run it as a formula (usernames and details come from outside).
    static func csvField(_ text: String) -> String {
        let safe = text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
        guard safe.contains(where: { ",\"\n\r".contains($0) }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
