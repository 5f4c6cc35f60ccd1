import ArgumentParser
import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange
import Storage

struct ProjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Project how many children will be in care, in which kind of home, month by month.",
        subcommands: [ProjectRunCommand.self, ProjectBacktestCommand.self, ProjectBudgetCommand.self],
        defaultSubcommand: ProjectRunCommand.self
    )
}

struct ProjectRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Project from the data (the default: `hearth project …` runs this).",
        discussion: """
            The stock-and-flow (Markov) method of the Social Finance regional demand model: children by age band
            (0–1, 1–5, 5–10, 10–16, 16+) and kind of home (Fostering, Residential, Supported, Other) move, age
            and leave care each day at the average daily rates seen in the reference window, and children enter
            at the window's average daily rate. The uncertainty band is mean ± 2 standard deviations.

            Reads the database (--db) or SSDA903 files directly (--ssda903 PATH…, checked and cleaned exactly as
            `hearth import ssda903` would, without saving anything). Defaults: reference window = all the data,
            start = the day the data ends, 24 months.

            --format csv prints one row per month end and kind of home (and age band with --by-age):
              date,category,age_band,mean,sd,lower,upper
            where sd is the square root of the summed variances of the age bands (the regional model's band
            treats states as independent) and lower/upper = mean ∓ 2 sd (lower floored at 0). --costs adds
            `cost`: the expected cost in pounds of that row's children over its month up to the row's date
            (projected days only), at default 2024-25 weekly costs per cost item split as in the reference window.
            --weekly-cost ITEM=POUNDS (repeatable) replaces an item's weekly cost, e.g. --weekly-cost
            fostering-agency=1050; the items are fostering-friend-relative (£350 a week by default),
            fostering-in-house (£550), fostering-agency (£950), residential-in-house (£5,000),
            residential-external (£6,500), supported (£2,000), secure-home (£8,000), placed-with-family (£50)
            and other (£1,000). --inflation PERCENT raises every price by that much on each anniversary of the
            start, compounded (default 0: --inflation 3.5 makes the second year's prices 1.035 times the first's).

            --method montecarlo follows each child in care and each simulated entrant day by day with the same
            rates, over --paths paths (seeded: the same --seed gives the same numbers), and prints
              date,category,mean,sd,p5,p25,p50,p75,p95
            per month end for each kind of home and the total. With --by-duration the rates also depend on how long
            the child has been in the current kind of home (under 3 months, 3–12 months, 1–2 years, 2 years or
            more), each child in care starting from its own placement date. With --costs it adds the month's
            cost in pounds across the paths: cost_mean,cost_sd,cost_p5,cost_p25,cost_p50,cost_p75,cost_p95.
            `hearth project budget` gives next year's budget per budget line.

            --seasonal scales entries by month-of-year factors fitted on the reference window (the summer peak);
            --trend adds a linear trend in entries (needs a reference window of more than 12 months).
            `hearth project backtest` shows which settings would have forecast this council's own past best.

            --sex and --uasc project only those children: the model learns its rates from them alone (UASC
            meaning ever recorded as UASC, as the regional model's filter does). --age-band keeps only that
            band's children in each month's numbers, children moving in and out of it as they age (Markov only).
            """
    )

    enum Format: String, ExpressibleByArgument { case csv, json }
    enum Method: String, ExpressibleByArgument { case markov, montecarlo }

    @Option(
        help: ArgumentHelp("First day of the projection, YYYY-MM-DD. Default: the end of the data.", valueName: "date"))
    var start: Day?
    @Option(help: "Months to project (1–48).") var months = 24
    @Option(help: ArgumentHelp("First day of the reference window. Default: the start of the data.", valueName: "date"))
    var referenceStart: Day?
    @Option(help: ArgumentHelp("Last day of the reference window. Default: the end of the data.", valueName: "date"))
    var referenceEnd: Day?
    @Flag(help: "One row per age band as well as kind of home.") var byAge = false
    @Flag(help: "Every day instead of month ends.") var daily = false
    @Option(help: "csv or json.") var format: Format = .csv
    @Option(help: "markov (mean and band) or montecarlo (quantiles).") var method: Method = .markov
    @Option(help: "Monte-Carlo paths.") var paths = 1_000
    @Option(help: "Monte-Carlo seed.") var seed: UInt64 = 7
    @Flag(help: "Scale entries by month-of-year factors fitted on the reference window.") var seasonal = false
    @Flag(help: "Add a linear trend in entries fitted on the reference window.") var trend = false
    @Flag(help: "Add cost columns (pounds, month to the row's date; quantiles with --method montecarlo).") var costs =
        false
    @Flag(help: "Monte-Carlo rates by age, kind of home and time in placement.") var byDuration = false
    @OptionGroup var only: ChildGroupOptions
    @OptionGroup var costOptions: ProjectCostOptions
    @OptionGroup var input: ProjectInput

    /// The options as the projection's settings; cost options are checked here too.
    func settings() throws -> DemandProjectionSettings {
        var settings = DemandProjectionSettings(
            start: start, months: months, referenceStart: referenceStart,
            referenceEnd: referenceEnd, method: method == .markov ? .markov : .montecarlo,
            paths: paths, seed: seed, seasonal: seasonal, trend: trend,
            costs: try costOptions.options(costs: costs))
        settings.byTimeInPlacement = byDuration
        settings.group = only.group
        return settings
    }

    func validate() throws {
        guard !byDuration || method == .montecarlo else {
            throw ValidationError("--by-duration works with --method montecarlo only.")
        }
        let settings = try settings()
        do { try settings.validate() } catch { throw ValidationError(error.message(naming: Self.option)) }
    }

    func run() async throws {
        let histories = try await input.loadHistories()
        let settings = try settings(), projection: DemandProjection
        do { projection = try await DemandProjection.run(settings, histories: histories) } catch {
            throw ValidationError(error.message(naming: Self.option))
        }
        if let result = projection.monteCarlo {
            let rows = MonteCarloRows(result: result)
            print(format == .csv ? rows.csv : try rows.json(), terminator: format == .csv ? "" : "\n")
            return
        }
        let points = daily ? projection.markov ?? [] : projection.markovMonthEnds
        let rows = ProjectionRows(points: points, byAge: byAge, costs: projection.costs)
        switch format {
        case .csv: print(rows.csv, terminator: "")
        case .json: print(try rows.json())
        }
    }

    /// The option that sets each of the projection's settings.
    static func option(_ field: DemandProjectionError.Field) -> String {
        switch field {
        case .months: "--months"
        case .paths: "--paths"
        case .referenceStart: "--reference-start"
        case .referenceEnd: "--reference-end"
        case .inflation: "--inflation"
        case .ageBand: "--age-band"
        case .weeklyCost(let item): "--weekly-cost \(item.name)"
        }
    }
}

/// Where the histories to project come from: the database, or SSDA903 files read directly.
struct ProjectInput: ParsableArguments {
    @Option(help: "Only this authority.") var la: String?
    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Read these SSDA903 files or folders instead of the database.", valueName: "path"))
    var ssda903: [String] = []
    @OptionGroup var database: DatabaseOptions

    func loadHistories() async throws -> [ChildHistory] {
        if !ssda903.isEmpty {
            do {
                let histories = try SSDA903Reader(defaultAuthority: la ?? "LA").histories(paths: ssda903)
                return la.map { code in histories.filter { $0.authority == code } } ?? histories
            } catch {
                throw FileProblems.report(error.problems, what: "projected")
            }
        }
        return try await HearthStore.using(database) { store in
            try await store.careRecords.histories(authorities: la.map { [$0] })
        }
    }
}
