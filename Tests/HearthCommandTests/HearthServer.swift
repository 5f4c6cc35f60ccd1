import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `hearth serve` over a database, listening on a free loopback port, for tests that need a
/// real server (a browser, a load generator). Its output goes to a file, not a pipe nobody reads.
struct HearthServer {
    enum StartFailure: Error, CustomStringConvertible {
        case noAddress(log: String)
        case notHealthy(log: String)

        var description: String {
            switch self {
            case .noAddress(let log): "hearth serve did not say where it is running:\n\(log)"
            case .notHealthy(let log): "hearth serve did not answer /healthz:\n\(log)"
            }
        }
    }

    let process: Process
    let logPath: String
    let baseURL: String

    /// Starts `hearth serve --db db --port 0` and returns once it answers /healthz.
    static func start(db: String, in work: Workspace) async throws -> HearthServer {
        let logPath = work.path("server.log")
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let process = Process()
        process.executableURL = Workspace.binary
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardOutput = log
        process.standardError = log
        try process.run()
        guard let base = try await address(in: logPath, of: process) else {
            process.terminate()
            throw StartFailure.noAddress(log: Self.read(logPath))
        }
        let server = HearthServer(process: process, logPath: logPath, baseURL: base)
        guard try await server.isHealthy() else {
            server.stop()
            throw StartFailure.notHealthy(log: server.log)
        }
        return server
    }

    /// The address from "Hearth is running at http://127.0.0.1:PORT/" (port 0 means the server chose it).
    static func address(in logPath: String, of process: Process) async throws -> String? {
        for _ in 0..<600 where process.isRunning {
            let text = read(logPath)
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                return String(text[range])
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    func isHealthy() async throws -> Bool {
        let (body, response) = try await URLSession.shared.data(from: URL(string: baseURL + "/healthz")!)
        return (response as? HTTPURLResponse)?.statusCode == 200 && String(decoding: body, as: UTF8.self) == "ok\n"
    }

    var log: String { Self.read(logPath) }

    /// SIGTERM, as an operator would: the server finishes requests in flight and stops.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
