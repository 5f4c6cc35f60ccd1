import CareModel
import CouncilTasks
import Foundation
import Interchange
import Storage

/// One import of SSDA903 returns from the command line: `SSDA903Import` (which the web upload uses too),
/// with progress on the terminal.
///
/// The database is not opened until every file has passed validation, so a bad file leaves it
/// byte-for-byte as it was.
struct SSDA903ImportRun {
    var paths: [String]
    var defaultAuthority: AuthorityCode
    var setsAsideInvalid = false

    typealias Outcome = SSDA903Import.Outcome

    func run(database: DatabaseOptions) async throws -> Outcome {
        var run = SSDA903Import(files: .paths(paths), defaultAuthority: defaultAuthority)
        run.setsAsideInvalid = setsAsideInvalid
        Terminal.progress("Reading \(paths.count == 1 ? paths[0] : "\(paths.count) paths")…")
        let extract = try run.read()
        Terminal.progress("Read \(extract.report.episodeRows.grouped) episode rows; merging with the database…")
        return try await HearthStore.using(database) { store in
            defer { Terminal.progressDone() }
            return try await run.save(
                extract, to: store, by: ImportActor(username: commandLineActor(), time: Date()),
                progress: Terminal.progress)
        }
    }
}
