import ArgumentParser
import CareModel
import Interchange

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data into Hearth from files.",
        subcommands: [ImportSSDA903Command.self, ImportCostsCommand.self, ImportBudgetCommand.self]
    )
}

struct ImportSSDA903Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssda903",
        abstract: "Import SSDA903 (children looked after) returns: header and episodes CSV files, or XML returns.",
        discussion: """
            Give files or folders; folders are searched for .csv and .xml files. Several years' returns are
            merged into one history per child, applying the same cleaning rules as the DfE-funded demand
            models (duplicates across years, overlapping episodes, same-day continuations); the report lists
            every rule applied and how often.

            Every file is checked before anything is saved. If any row is wrong, every problem is listed as
            file:row: field: what is wrong, nothing is saved, and the command exits with status 1.
            Importing the same files again changes nothing.

            Which authority: an LA column in the file, else a folder named by the LA's three-digit code
            (e.g. returns/879/2024/episodes.csv), else --la.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders holding the returns.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("The authority these returns belong to, when the files do not say.", valueName: "code"))
    var la: String = "LA"

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        do {
            switch try await SSDA903ImportRun(paths: paths, defaultAuthority: la).run(database: database) {
            case .imported(let id, let report):
                print("Import \(id) saved to \(database.location.displayName).")
                print(report.text)
            case .unchanged(let report):
                print("Nothing new: \(database.location.displayName) already holds everything in these files.")
                print(report.text)
            }
        } catch let failure as SSDA903ReadFailure {
            throw FileProblems.report(failure.problems, what: "imported")
        }
    }
}
