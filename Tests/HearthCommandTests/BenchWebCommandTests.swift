import Foundation
import Testing

@testable import HearthBench

/// `hearth-bench web` against a real `hearth serve`: it signs in through the form, times every request
/// and says when it cannot sign in. (The 200 requests/s figures are in BENCHMARKS.md, from a release build.)
@Suite("hearth-bench web", .serialized)
struct BenchWebCommandTests {
    static let password = "bench test pass phrase"

    @Test(.timeLimit(.minutes(3)))
    func signsInAndTimesEveryRequest() async throws {
        let work = try Workspace()
        let db = work.path("hearth.sqlite")
        try work.hearth(["demo", "--no-serve", "--db", db]).expectSuccess()
        try work.hearth(["user", "add", "fiona", "--role", "finance", "--db", db], input: Self.password + "\n")
            .expectSuccess()
        let server = try await HearthServer.start(db: db, in: work)
        defer { server.stop() }

        // A debug build is slow, so a gentle load and a generous target: this checks the tool, not the speed.
        let run = try work.bench(
            [
                "web", "--url", server.baseURL, "--user", "fiona", "--rate", "4",
                "--seconds", "2", "--connections", "2", "--p99-target", "30000",
            ], input: Self.password + "\n")
        #expect(run.status == 0, "\(run.out)\n\(server.log.suffix(2000))")
        #expect(run.out.contains("8 requests due; 8 sent and answered"))  // 4 a second × 2 s
        #expect(run.out.contains("; 0 failed"))
        // One latency row per page and one for all: the path, then how many requests were answered.
        let rows = run.out.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        for (path, sent) in [("/", "4"), ("/budget", "4"), ("all", "8")] {
            #expect(rows.contains { $0.count == 7 && $0[0] == path && $0[1] == sent }, "no latency row for \(path)")
        }
        #expect(run.out.contains("target 30000 ms: met"))

        let refused = try work.bench(
            ["web", "--url", server.baseURL, "--user", "fiona", "--seconds", "1"],
            input: "not the password\n")
        #expect(refused.status != 0)
        #expect(refused.out.contains("Could not sign in as fiona"))
    }

    /// Nearest rank: the smallest value with at least that share of values at or below it.
    @Test(arguments: [
        (50.0, 5.0),  // ⌈0.5 × 10⌉ = 5th value
        (90.0, 9.0),  // ⌈0.9 × 10⌉ = 9th
        (99.0, 10.0),  // ⌈9.9⌉ = 10th
        (99.9, 10.0),  // ⌈9.99⌉ = 10th
        (1.0, 1.0),  // ⌈0.1⌉ = 1st
    ])
    func percentileIsTheNearestRank(percent: Double, expected: Double) {
        let values = (1...10).map(Double.init)
        #expect(values.percentile(percent) == expected)
    }

    @Test func percentileOfNothingIsNotANumber() {
        #expect([Double]().percentile(99).isNaN)
    }
}

/// `hearth-bench upload` against the built `hearth`: it makes its own database and server, uploads, and
/// reports the answer and the server's memory (the BENCHMARKS.md figures come from a release build).
@Suite("hearth-bench upload", .serialized)
struct BenchUploadCommandTests {
    @Test(.timeLimit(.minutes(3)))
    func uploadsAndReportsTheServersMemory() throws {
        let work = try Workspace()
        let sample = "../shared/data/ssda903-samples/csc-validator-fake"
        let run = try work.bench(
            ["upload", "--hearth", Workspace.binary.path, "\(sample)/header.csv", "\(sample)/episodes.csv"], input: "")
        #expect(run.status == 0, "\(run.out)")
        // "Upload of 0.0 MB (ssda903): HTTP 200 'Returns imported' in 0.3 s; resident memory before 40 MB, peak 52 MB"
        let line = try #require(run.out.split(separator: "\n").first { $0.hasPrefix("Upload of ") })
        #expect(line.contains("(ssda903): HTTP 200 'Returns imported'") || line.contains("HTTP 422 'Data'"), "\(line)")
        let peak = try #require(line.firstMatch(of: #/peak (\d+) MB/#).flatMap { Int($0.1) })
        let before = try #require(line.firstMatch(of: #/before (\d+) MB/#).flatMap { Int($0.1) })
        #expect(peak >= before && before > 0)
    }
}
