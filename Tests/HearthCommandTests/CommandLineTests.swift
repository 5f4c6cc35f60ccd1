import Foundation
import Testing

/// The `hearth` command as a council analyst runs it: the real binary, real files, a real SQLite file.
@Suite("hearth command line, end to end", .serialized)
struct CommandLineTests {
    @Test func generatedAuthorityRoundTripsThroughImportAndSummary() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "7", "--years", "3"]).expectSuccess()
        let db = work.path("hearth.sqlite")
        let imported = try work.hearth(["import", "ssda903", work.path("gen"), "--db", db])
        imported.expectSuccess()
        #expect(imported.out.contains("Import 1 saved"))

        // The generator's own count on each 31 March must come back exactly from the imported returns.
        let expected = try String(contentsOfFile: work.path("gen/990/expected-stock.csv"), encoding: .utf8)
        let lines = expected.split(whereSeparator: \.isNewline)
        for date in ["2023-03-31", "2024-03-31", "2025-03-31"] {
            let summary = try work.hearth(["summary", "--date", date, "--format", "csv", "--db", db])
            summary.expectSuccess()
            let want = [lines[0]] + lines.filter { $0.hasPrefix(date) }
            #expect(want.count > 10)
            #expect(summary.out.split(whereSeparator: \.isNewline) == want)
        }
    }

    @Test func reimportChangesNothing() throws {
        let work = try Workspace()
        try work.hearth(["generate", "--out", work.path("gen"), "--seed", "3", "--years", "2"]).expectSuccess()
        let db = work.path("hearth.sqlite")
        try work.hearth(["import", "ssda903", work.path("gen"), "--db", db]).expectSuccess()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let again = try work.hearth(["import", "ssda903", work.path("gen"), "--db", db])
        again.expectSuccess()
        #expect(again.out.contains("Nothing new"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func brokenFileListsEveryProblemAndLeavesTheDatabaseUntouched() throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        let sample = "../shared/data/ssda903-samples/csc-validator-fake"
        try work.hearth(["import", "ssda903", "\(sample)/header.csv", "\(sample)/episodes.csv", "--db", db])
            .expectSuccess()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))

        // A copy of the episodes with three problems in three rows (row 1 is the column names).
        var rows = try String(contentsOfFile: "\(sample)/episodes.csv", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        rows[1] = rows[1].replacingOccurrences(of: "15/02/2016", with: "31/02/2016")  // row 2: impossible DECOM
        rows[3] = rows[3].replacingOccurrences(of: ",A5,", with: ",Q9,")  // row 4: unknown PLACE
        rows[5] = rows[5] + ",extra,fields"  // row 6: malformed row
        try rows.joined(separator: "\n").write(toFile: work.path("episodes.csv"), atomically: true, encoding: .utf8)

        let result = try work.hearth([
            "import", "ssda903", "\(sample)/header.csv", work.path("episodes.csv"), "--db", db,
        ])
        #expect(result.status == 1)
        #expect(result.err.contains("episodes.csv:2: DECOM"))
        #expect(result.err.contains("episodes.csv:4: PLACE"))
        #expect(result.err.contains("episodes.csv:6"))
        #expect(result.err.contains("3 problems found. Nothing was imported"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func helpSpeaksToAnalysts() throws {
        let work = try Workspace()
        let help = try work.hearth(["import", "ssda903", "--help"])
        #expect(help.out.contains("file:row: field: what is wrong"))
        #expect(try work.hearth(["summary", "--help"]).out.contains("short breaks"))
    }
}

/// A temporary folder and a way to run the built `hearth` binary in it.
struct Workspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    struct Result {
        var status: Int32
        var out: String
        var err: String

        func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(status == 0, "hearth failed: \(err)", sourceLocation: sourceLocation)
        }
    }

    /// Runs the `hearth` built beside the test bundle, from the package root (so ../shared resolves).
    @discardableResult
    func hearth(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self))
    }

    /// `swift test` builds the executables into the same folder as the test bundle.
    static let binary = built("hearth")

    /// The executable `name` built beside the test bundle.
    static func built(_ name: String) -> URL {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = me.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/" + name)
    }
}
