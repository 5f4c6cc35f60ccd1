import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

/// `hearth homes`: beds, occupancy, empty beds and what empty block beds cost.
struct HomesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "homes",
        abstract: "The council's children's homes and block contracts: beds, children placed, empty beds on a day, "
            + "and each month's empty bed-days and the cost of empty block beds.",
        discussion: """
            --format csv prints one row per home and month: month,home,kind,bed_days,empty_bed_days,empty_bed_cost
            """)

    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(help: ArgumentHelp("The day, YYYY-MM-DD. Default: the day the returns run to.", valueName: "date"))
    var date: Day?
    @Option(help: "table (for people), csv or json.") var format: OutputFormat = .table
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let report = try await HearthStore.using(database) { store in
            try await HomesReport.load(
                authority: try await AuthorityChoice.resolve(la, in: store), on: date, store: store,
                today: .todayInLondon())
        }
        switch format {
        case .table: print(report.table)
        case .csv: print(report.csv, terminator: "")
        case .json: print(try prettyJSON(report.monthLines, snakeCase: true))
        }
    }
}

/// One home in one month, for the CSV and JSON.
struct HomeMonthLine: Encodable {
    var month: String, home: String, kind: String, bedDays: Int, emptyBedDays: Int, emptyBedCost: String?
}

extension HomesReport {
    var monthLines: [HomeMonthLine] {
        months.flatMap { month, homes in
            homes.map { line in
                let kind = self.homes.first { $0.id == line.home }?.kind.rawValue ?? ""
                return HomeMonthLine(
                    month: String(month.iso.prefix(7)), home: line.home, kind: kind, bedDays: line.bedDays,
                    emptyBedDays: line.emptyBedDays, emptyBedCost: line.emptyBedCost?.plain)
            }
        }
    }

    var csv: String {
        var writer = CSVWriter(header: ["month", "home", "kind", "bed_days", "empty_bed_days", "empty_bed_cost"])
        for line in monthLines {
            writer.append([
                line.month, line.home, line.kind, String(line.bedDays), String(line.emptyBedDays), line.emptyBedCost,
            ])
        }
        return writer.text
    }

    var table: String {
        var out = "Children's homes and block beds of authority \(authority) on \(day.long)\n\n"
        out +=
            "Home".rightPadded(to: 30) + ["Kind", "Beds", "Placed", "Empty"].map { $0.leftPadded(to: 16) }.joined()
            + "\n"
        for line in occupancy {
            let home = homes.first { $0.id == line.home }
            out +=
                (home?.name ?? line.home).rightPadded(to: 30) + (home?.kind.label ?? "").leftPadded(to: 16)
                + [line.beds, line.placed, line.emptyBeds].map { $0.grouped.leftPadded(to: 16) }.joined() + "\n"
        }
        return out + "\nEmpty block beds in the 12 months to \(day.long) cost \(emptyBlockCost.formatted).\n"
    }
}
