import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore

/// `hearth-bench upload`: the server's peak memory while it takes one upload on the Data page.
struct BenchUploadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upload",
        abstract: "Peak memory and time of `hearth serve` taking one upload of FILES on the Data page.",
        discussion: """
            Makes a new database with one admin, starts `hearth serve` from --hearth on a free port, signs in
            through the form, posts the files as the Data page's form does (as SSDA903 returns unless --kind
            says otherwise), and prints the answer, the seconds it took and the server's resident memory
            before the upload and at its peak (VmHWM in /proc/PID/status, so Linux only).
            """)

    @Option(help: "The hearth binary to serve with (build it with -c release first).")
    var hearth = ".build/release/hearth"
    @Option(help: "What the files hold: ssda903, costs or budget.") var kind = "ssda903"
    @Argument(help: ArgumentHelp("The files to upload.", valueName: "file")) var files: [String]

    func run() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-upload-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("bench.sqlite").path, password = "upload pass phrase 2026"
        try Self.run(hearth, ["user", "add", "bench", "--role", "finance", "--db", db], input: password + "\n")
        let port = 20_000 + Int(getpid() % 10_000)
        let server = try Self.start(hearth, ["serve", "--db", db, "--port", String(port)])
        defer { server.terminate() }
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            try await measure(
                client, base: "http://127.0.0.1:\(port)", server: server.processIdentifier, password: password)
            try await client.shutdown()
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    func measure(_ client: HTTPClient, base: String, server: Int32, password: String) async throws {
        try await Self.waitUntilHealthy(client, base: base)
        let cookie = try await BenchWebCommand.signIn(client, base: base, user: "bench", password: password)
        var form = HTTPClientRequest(url: base + "/data")
        form.headers.add(name: "Cookie", value: cookie)
        let page = String(buffer: try await client.execute(form, timeout: .seconds(30)).body.collect(upTo: 1 << 22))
        guard let token = page.firstMatch(of: #/name="csrf_token" value="([0-9a-f]+)"/#)?.1 else {
            throw ValidationError("GET /data gave no upload form; may the account upload?")
        }
        let before = try Self.memory("VmRSS", of: server)
        let (status, heading, seconds) = try await upload(client, base: base, cookie: cookie, token: String(token))
        let bytes = try files.reduce(0) {
            $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0)
        }
        print(
            String(
                format: "Upload of %.1f MB (%@): HTTP %d '%@' in %.1f s; ", Double(bytes) / 1e6, kind, status,
                heading, seconds)
                + "resident memory before \(before / 1024) MB, peak \(try Self.memory("VmHWM", of: server) / 1024) MB")
    }
}
