import Foundation
import Testing

/// `hearth generate --inject-errors`: the faults are listed, and the importer stops at them.
@Suite("hearth generate --inject-errors, end to end", .serialized)
struct GenerateFaultsCommandTests {
    @Test func injectedFaultsAreListedAndStopTheImport() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--inject-errors", "10", "--years", "2"])
            .expectSuccess()
        let truth = try String(contentsOfFile: work.path("gen/990/injected-errors.csv"), encoding: .utf8)
        let lines = truth.split(whereSeparator: \.isNewline)
        #expect(lines.first == "file,row,field,fault,child,note")
        #expect(lines.count == 1 + 10)

        let imported = try work.hearth(["import", "ssda903", work.path("gen/990"), "--db", work.path("hearth.sqlite")])
        #expect(imported.status == 1)
        #expect(imported.err.contains("Nothing was imported"))
        // A row starts "990/2024/episodes.csv,57,DEC,ends-before-start,": nothing before the note needs quoting.
        // The importer names problems as path:row: field: …, its paths ending in the truth file's.
        let rows = lines.dropFirst().map { $0.split(separator: ",", maxSplits: 5) }
        let reportedKinds: Set<Substring> = ["ends-before-start", "unknown-code"]
        let reported = rows.filter { reportedKinds.contains($0[3]) }
        #expect(reported.count == 6)
        for row in reported {
            #expect(imported.err.contains("\(row[0]):\(row[1]): \(row[2]): "), "\(row) not in \(imported.err)")
        }
    }
}
