import ArgumentParser
import CareModel
import Interchange
import Storage

/// `hearth import set-aside`: the rows of returns that imports set aside, for the council to correct.
struct ImportSetAsideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-aside",
        abstract: "List the rows of returns that imports set aside (--set-aside-invalid), for correction.",
        discussion: "A row leaves the list when a later import brings its return again or supplies the row."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv }

    @Option(help: "table (file:row: field: rule, for people) or csv (for correcting in a spreadsheet).")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    static let head = ["authority", "return_year", "file", "row", "field", "rule", "child", "kind", "decom"]

    func run() async throws {
        let rows = try await HearthStore.using(database) { store in
            try await store.careRecords.setAsideRows(limit: Int.max)
        }
        switch format {
        case .csv:
            Terminal.say(Self.head.joined(separator: ","))
            for row in rows { Terminal.say(Self.cells(row).map(CSVWriter.escape).joined(separator: ",")) }
        case .table:
            guard !rows.isEmpty else { return Terminal.say("No rows are set aside.") }
            for row in rows { Terminal.say("\(row.location) (child \(row.child), authority \(row.authority))") }
            Terminal.say("\(rows.count.grouped) row\(rows.count == 1 ? "" : "s") set aside.")
        }
    }

    static func cells(_ row: SetAsideRow) -> [String] {
        [
            row.authority, row.returnYear.map(String.init) ?? "", row.file, String(row.row), row.field ?? "",
            row.rule, row.child, row.kind.rawValue, row.start ?? "",
        ]
    }
}
