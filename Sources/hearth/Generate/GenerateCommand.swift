import ArgumentParser
import CareModel
import Foundation
import Interchange
import Synthetic

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make realistic synthetic SSDA903 returns, placement costs and providers for made-up authorities.",
        discussion: """
            Nothing in the output is about a real child. Each authority has about 500–700 children in care, a mix
            like an English council's (about 70% fostering, a third of it with agencies; 11–14% residential),
            around 30 children starting care a month with a summer peak, and weekly costs at 2024 prices.
            The same --seed always gives byte-identical files.

            Layout: DIR/<code>/<year>/header.csv and episodes.csv (one return per year, named by the year it
            ends), DIR/<code>/placement-costs.csv, providers.csv, and expected-stock.csv (the generator's own
            count of children in care on each 31 March, in the format of `hearth summary --format csv`). The
            council's supply: DIR/<code>/fostering/households.csv and household-statuses.csv, homes.csv and
            recruitment-events.csv, with the costs register's carer column naming each placement's household or
            home, and expected-vacancies.csv and expected-funnel.csv counting them.

            --inject-errors N puts N faults into the returns, as councils' real returns have them, in turn: an
            episode ending before it starts (RNE L rows of children who turned 18 first, the shape real returns
            have), a PLACE or LS code not in the DfE list, an episode row written twice, and a DOB after one of
            the child's episodes starts. Each fault has a row of its own; asking for more than fit is an error.
            They are spread over the yearly returns by draws of their own, so the same --seed and N give the same
            files, and without the option the files are exactly as before. DIR/<code>/injected-errors.csv lists
            each: file, row (as `hearth import ssda903` reports rows: the column line is row 1), field, fault,
            child and a note. The importer reports the first two kinds; a repeated row and a DOB after an episode
            starts pass it today, as their notes say. expected-stock.csv stays the count for the clean returns,
            the numbers the data should give once the faults are fixed, so it is not adjusted for them.
            """
    )

    @Option(help: ArgumentHelp("Folder to write into (created if needed).", valueName: "dir"))
    var out: String

    @Option(help: "Seed for the random choices; the same seed gives the same files.")
    var seed: UInt64 = 7

    @Option(help: "How many authorities (1–150).")
    var authorities: Int = 1

    @Option(help: "How many yearly returns per authority (1–20).")
    var years: Int = 6

    @Option(help: ArgumentHelp("The year the last return ends (2025 means the 2024-25 return).", valueName: "year"))
    var lastYear: Int = 2025

    @Option(
        help: ArgumentHelp(
            "Put this many realistic faults into the returns, listed in <code>/injected-errors.csv (0–10,000).",
            valueName: "n"))
    var injectErrors: Int = 0

    func run() async throws {
        let started = monotonicSeconds()
        let settings = try SyntheticRegion.Settings.validated(
            seed: seed, authorities: authorities, years: years, lastReturnYearEnding: lastYear)
        try SyntheticRegion.validate(injectedErrors: injectErrors)
        Terminal.progress("Simulating \(authorities) authorit\(authorities == 1 ? "y" : "ies")…")
        let region = SyntheticRegion.generate(settings)
        Terminal.progress("Writing files to \(out)…")
        let files = try region.write(to: out, injectingErrors: injectErrors)
        Terminal.progressDone()
        let children = region.authorities.reduce(0) { $0 + $1.histories.count }
        print(
            "Wrote \(files.count) files for \(authorities) authorit\(authorities == 1 ? "y" : "ies") "
                + "(\(children.grouped) children) to \(out) in \(String(format: "%.1f", monotonicSeconds() - started)) s."
        )
        if injectErrors > 0 {
            print(
                "Injected \(injectErrors.grouped) fault\(injectErrors == 1 ? "" : "s"), listed in each authority's "
                    + "\(SyntheticRegion.injectedErrorsFile); the import stops at those it reports.")
        }
        print("Import them with:  hearth import ssda903 \(out)")
    }
}
