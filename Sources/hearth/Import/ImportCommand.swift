import ArgumentParser
import CareModel
import Interchange

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring data into Hearth from files.",
        subcommands: [
            ImportSSDA903Command.self, ImportCostsCommand.self, ImportBudgetCommand.self, ImportHouseholdsCommand.self,
            ImportHomesCommand.self, ImportRecruitmentCommand.self, ImportOfstedProvidersCommand.self,
            ImportProgrammesCommand.self,
            ImportSetAsideCommand.self,
            ImportHistoryCommand.self, ImportUndoCommand.self,
        ]
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
            file:row: field: what is wrong, nothing is saved, and the command exits with status 1 — unless
            --set-aside-invalid is given: then each row that breaks a rule (a bad date, an unknown code, an
            episode ending before it starts) is set aside, listed, and kept for correction (hearth import
            set-aside), and everything valid is imported. A problem with a whole file (a missing column, a file
            of the wrong kind, broken XML or CSV quoting) still refuses the import. Importing the same files
            again changes nothing.

            Which authority: an LA column in the file, else a folder named by the LA's three-digit code
            (e.g. returns/879/2024/episodes.csv), else --la.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders holding the returns.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("The authority these returns belong to, when the files do not say.", valueName: "code"))
    var la: String = "LA"

    @Flag(help: "Import everything valid and set aside each row that breaks a rule, for correction.")
    var setAsideInvalid = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        do {
            let run = SSDA903ImportRun(paths: paths, defaultAuthority: la, setsAsideInvalid: setAsideInvalid)
            switch try await run.run(database: database) {
            case .imported(let id, let report):
                print("Import \(id) saved to \(database.location.displayName).")
                print(report.text)
            case .unchanged(let report):
                print("Nothing new: \(database.location.displayName) already holds everything in these files.")
                print(report.text)
            }
        } catch let failure as SSDA903ReadFailure {
            let exit = FileProblems.report(failure.problems, what: "imported")
            let rows = failure.problems.filter(\.canBeSetAside).count
            if rows > 0 {
                let whole = rows < failure.problems.count ? " once the problems with whole files are fixed" : ""
                Terminal.error(
                    "To import everything valid and set the \(rows.grouped) invalid row\(rows == 1 ? "" : "s") aside for "
                        + "correction\(whole), run again with --set-aside-invalid.")
            }
            throw exit
        }
    }
}
