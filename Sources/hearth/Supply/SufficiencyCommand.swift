import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

/// `hearth sufficiency`: do we have enough of the right homes, and what does the shortfall cost?
struct SufficiencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sufficiency",
        abstract: "The sufficiency gap: children expected to need the council's own homes, the places expected, "
            + "the shortfall and its cost, month by month.",
        discussion: """
            Demand is the demand projection (as `hearth project`) of fostering and residential care, split by the
            costs register's shares on the day the data ends: kinship, in-house and agency fostering; council or
            block beds and external homes. Supply is the council's own: kinship and in-house carers' usable
            places now (approved, not on hold), in-house places growing by the recruitment pipeline's expected
            approvals × the places a new household brings (the average of those approved in the last three
            years) and shrinking by the last year's resignation rate; council and block beds as the homes
            register says, a planned home counted from its opening date plus --registration-delay days, a block
            until its contract ends. The market is not supply: a shortfall is priced at the register's average
            agency fostering price (kinship and in-house) or external residential price (beds), for the month's days.

            --format csv: month,kind,demand,supply,shortfall,cost
            """)

    @Option(help: ArgumentHelp("The authority. Default: the only one in the database.", valueName: "code"))
    var la: String?
    @Option(help: "Months to look ahead (12–48).") var months = 24
    @Option(help: ArgumentHelp("Days a planned home's opening may slip for Ofsted registration.", valueName: "days"))
    var registrationDelay = 90
    @Option(help: "table (for people), csv or json.") var format: OutputFormat = .table
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (12...48).contains(months) else { throw ValidationError("--months must be between 12 and 48.") }
        guard (0...365).contains(registrationDelay) else {
            throw ValidationError("--registration-delay must be between 0 and 365 days.")
        }
    }

    func run() async throws {
        let rules = SufficiencyRules(months: months, registrationDelayDays: registrationDelay)
        let report = try await HearthStore.using(database) { store in
            let authority = try await AuthorityChoice.resolve(la, in: store)
            do { return try await SufficiencyReport.load(authority: authority, rules: rules, store: store) } catch let
                error as DemandProjectionError
            {
                throw ValidationError(error.message { _ in "" } + " Import SSDA903 returns first.")
            }
        }
        switch format {
        case .table: print(report.table)
        case .csv: print(report.csv, terminator: "")
        case .json: print(try prettyJSON(report.rows, snakeCase: true))
        }
    }
}

extension SufficiencyReport {
    var csv: String {
        var writer = CSVWriter(header: ["month", "kind", "demand", "supply", "shortfall", "cost"])
        for row in rows {
            writer.append([
                String(row.month.iso.prefix(7)), row.kind.rawValue, ProjectionRows.number(row.demand),
                ProjectionRows.number(row.supply), ProjectionRows.number(row.shortfall), row.cost.plain,
            ])
        }
        return writer.text
    }

    var table: String {
        var out = "Sufficiency for authority \(authority), from \(start.long), \(rules.months) months\n\n"
        for kind in SupplyKind.allCases {
            out += "\(kind.label) (a shortfall goes to \(kind.shortfallGoesTo))\n"
            out +=
                "Month".rightPadded(to: 12)
                + ["Demand", "Places", "Short", "Cost"].map { $0.leftPadded(to: 12) }.joined()
            out += "\n"
            for row in rows where row.kind == kind {
                out += row.month.monthAndYear.rightPadded(to: 12)
                out += [row.demand, row.supply, row.shortfall].map { String(format: "%.1f", $0).leftPadded(to: 12) }
                    .joined()
                out += row.cost.formatted.leftPadded(to: 12) + "\n"
            }
            out += "\n"
        }
        out += "Cost of the shortfall over \(rules.months) months: \(totalCost.formatted)\n\n"
        return out + whereTable
    }

    /// Where the children lived at each month end of the last year: family-based, commissioned, far from home.
    var whereTable: String {
        func percent(_ share: Double?) -> String { share.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }
        var out = "Where children in care lived\n" + "Month".rightPadded(to: 16)
        out +=
            ["Children", "Family-based", "Commissioned", "Over 20 miles"].map { $0.leftPadded(to: 15) }.joined() + "\n"
        for row in whereChildrenLive {
            out += row.month.monthAndYear.rightPadded(to: 16) + row.children.grouped.leftPadded(to: 15)
            out += [row.familyBasedShare, row.commissionedShare, row.fartherShare].map {
                percent($0).leftPadded(to: 15)
            }.joined()
            out += "\n"
        }
        return out
    }
}
