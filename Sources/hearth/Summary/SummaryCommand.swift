import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Storage

struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract:
            "Children in care on a date by kind of home and age, and children starting and leaving care each month.",
        discussion: """
            Counts follow DfE statistics: a child is in care on a date if an episode started on or before it and
            had not ended (a child who left on that date is not counted), and children looked after only under
            a series of short breaks (legal status V3/V4) are left out.

            --format csv prints one row per authority, kind of home and age band:
              date,authority,category,age_band,children
            and with --flows one row per authority and month: authority,month,entries,exits

            --sex, --uasc and --age-band count only those children: a child's age and UASC status are those
            of the day counted (for --flows, of the day the child started or left care). UASC status comes
            from the returns' UASC table (or a newer Header's UASC column) and holds until its DUC date.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The date to count on, YYYY-MM-DD. Default: the latest date the data covers.",
            valueName: "date"))
    var date: Day?

    @Option(help: ArgumentHelp("Only this authority (its code).", valueName: "code"))
    var la: String?

    @Option(help: "Months of entries and exits to show, ending with the month of --date.")
    var months: Int = 12

    @Flag(help: "With --format csv or json: print the monthly entries and exits instead of the stock.")
    var flows = false

    @Option(help: "table (for people), csv or json.")
    var format: OutputFormat = .table

    @OptionGroup var only: ChildGroupOptions
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...240).contains(months) else { throw ValidationError("--months must be between 1 and 240.") }
    }

    func run() async throws {
        let histories = try await HearthStore.using(database) { store in
            try await store.careRecords.histories(authorities: la.map { [$0] })
        }
        guard let day = date ?? CareSummary.dataDate(of: histories, today: .todayInLondon()) else {
            throw ValidationError(
                "There is no data in \(database.location.displayName)\(la.map { " for authority \($0)" } ?? ""). Import SSDA903 returns first."
            )
        }
        let report = SummaryReport(histories: histories, date: day, months: months, group: only.group)
        switch (format, flows) {
        case (.table, _): print(report.table)
        case (.csv, false): print(report.stockCSV, terminator: "")
        case (.csv, true): print(report.flowsCSV, terminator: "")
        case (.json, false): print(try report.json(report.stock))
        case (.json, true): print(try report.json(report.flowRows))
        }
    }
}
