import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

/// `hearth fostering`: households, vacancies, voids and the recruitment pipeline.
struct FosteringCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fostering",
        abstract: "The council's foster households on a day (places, placed, on hold, vacancies), void place-days "
            + "by reason, the recruitment funnel and the expected approvals of the next 12 months.",
        discussion: """
            Children placed come from the costs register's `carer` column; vacancies = approved places − children
            placed − places on hold. --format csv prints one row per household:
              household,kind,places,placed,on_hold,vacancies
            and with --funnel one row per financial year (the last three) and stage: year,stage,prospects
            (prospects first recorded at that stage in that year).
            """)

    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(help: ArgumentHelp("The day, YYYY-MM-DD. Default: the day the returns run to.", valueName: "date"))
    var date: Day?
    @Option(help: ArgumentHelp("New households wanted a year, for the net change.", valueName: "n")) var target: Int?
    @Flag(help: "With --format csv: the recruitment funnel by year instead of the households.") var funnel = false
    @Option(help: "table (for people), csv or json.") var format: OutputFormat = .table
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let report = try await HearthStore.using(database) { store in
            try await FosteringReport.load(
                authority: try await AuthorityChoice.resolve(la, in: store), on: date, yearlyTarget: target,
                store: store, today: .todayInLondon())
        }
        switch format {
        case .table: print(report.table)
        case .csv: print(funnel ? report.funnelCSV : report.csv, terminator: "")
        case .json: print(try prettyJSON(report.occupancy.rows.map(HouseholdLine.init), snakeCase: true))
        }
    }
}

/// One household's line in the CSV and JSON.
struct HouseholdLine: Encodable {
    var household: String, kind: String, places: Int, placed: Int, onHold: Int, vacancies: Int

    init(_ row: HouseholdOccupancy.Row) {
        (household, kind, places, placed) = (row.household, row.kind.rawValue, row.places, row.placed)
        (onHold, vacancies) = (row.onHold, row.vacancies)
    }
}

extension FosteringReport {
    var csv: String {
        var writer = CSVWriter(header: ["household", "kind", "places", "placed", "on_hold", "vacancies"])
        for row in occupancy.rows {
            writer.append(
                [row.household, row.kind.rawValue]
                    + [row.places, row.placed, row.onHold, row.vacancies].map(String.init))
        }
        return writer.text
    }

    var funnelCSV: String {
        var writer = CSVWriter(header: ["year", "stage", "prospects"])
        for year in years {
            for stage in RecruitmentStage.allCases {
                writer.append([FinancialYear(containing: year.first).label, stage.rawValue, String(year[stage])])
            }
        }
        return writer.text
    }

    var table: String {
        let total = occupancy.total
        var out = "Foster households of authority \(authority) on \(day.long)\n\n"
        out +=
            "Kind".rightPadded(to: 30)
            + ["Households", "Places", "Placed", "On hold", "Vacancies"].map { $0.leftPadded(to: 11) }.joined() + "\n"
        for kind in HouseholdKind.allCases {
            let t = occupancy.totals(of: kind)
            out +=
                kind.label.rightPadded(to: 30)
                + [t.households, t.places, t.placed, t.onHold, t.vacancies].map { $0.grouped.leftPadded(to: 11) }
                .joined() + "\n"
        }
        out +=
            "Total".rightPadded(to: 30)
            + [total.households, total.places, total.placed, total.onHold, total.vacancies].map {
                $0.grouped.leftPadded(to: 11)
            }.joined() + "\n\n"
        out += "Void place-days in the 12 months to \(day.long): \(voids.total.grouped)\n"
        for (reason, days) in voids.byReason.sorted(by: { $0.key < $1.key }) {
            out += "  \(reason.label): \(days.grouped)\n"
        }
        out += "\nRecruitment by financial year\n" + funnelTable
        out +=
            "\nExpected approvals in the next 12 months: about \(Int(forecast.expectedTotal.rounded())) "
            + "(\(forecast.openProspects) households in the pipeline; the last 12 months had \(forecast.naiveTotal))\n"
        return out
    }

    var funnelTable: String {
        var out =
            "Stage".rightPadded(to: 30)
            + years.map { FinancialYear(containing: $0.first).label.leftPadded(to: 10) }.joined() + "\n"
        for stage in RecruitmentStage.allCases {
            out += stage.label.rightPadded(to: 30) + years.map { $0[stage].grouped.leftPadded(to: 10) }.joined() + "\n"
        }
        return out
    }
}
