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

    /// The acceptance shape: six years with faults, imported with --set-aside-invalid. Every reported fault
    /// is set aside with its file and row, and the stock on the latest 31 March stays within 2 of the
    /// generator's count for the clean data (the faults are mostly rows of children not in care that day).
    @Test func setAsideImportKeepsTheStock() throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        try work.hearth(["generate", "--out", work.path("gen"), "--inject-errors", "10"]).expectSuccess()
        let imported = try work.hearth(["import", "ssda903", work.path("gen/990"), "--set-aside-invalid", "--db", db])
        imported.expectSuccess()
        #expect(imported.out.contains("set aside ("))
        let listed = try work.hearth(["import", "set-aside", "--format", "csv", "--db", db]).out
        let truth = try String(contentsOfFile: work.path("gen/990/injected-errors.csv"), encoding: .utf8)
        for row in truth.split(whereSeparator: \.isNewline).dropFirst().map({ $0.split(separator: ",", maxSplits: 5) })
        where ["ends-before-start", "unknown-code"].contains(row[3]) {
            #expect(listed.contains("\(row[0]),\(row[1]),\(row[2]),"), "\(row) is not set aside")
        }
        let expected = try String(contentsOfFile: work.path("gen/990/expected-stock.csv"), encoding: .utf8)
        let date = try #require(Self.dates(expected).max())
        let summary = try work.hearth(["summary", "--date", date, "--format", "csv", "--db", db])
        summary.expectSuccess()
        let stock = Self.children(summary.out, on: date), wanted = Self.children(expected, on: date)
        #expect(abs(stock - wanted) <= 2, "\(stock) in care on \(date), the generator counted \(wanted)")
    }

    /// The dates of a `date,authority,category,age_band,children` table.
    static func dates(_ csv: String) -> Set<String> {
        Set(
            csv.split(whereSeparator: \.isNewline).dropFirst().compactMap {
                $0.split(separator: ",").first.map(String.init)
            })
    }

    /// The children on `date` in such a table, summed over its rows.
    static func children(_ csv: String, on date: String) -> Int {
        var total = 0
        for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",")
            if cells.first.map(String.init) == date, let children = cells.last.flatMap({ Int($0) }) {
                total += children
            }
        }
        return total
    }
}
