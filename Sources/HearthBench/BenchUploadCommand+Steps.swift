import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore

extension BenchUploadCommand {
    /// The name a file is sent under: its own, with its folder's year in front when the folder is a return year
    /// and the name has none ("2025/episodes.csv" goes as "2025-episodes.csv"), as a council would name a year's
    /// return before sending it, so the upload is imported rather than stopped to check its year.
    static func sentName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent, folder = url.deletingLastPathComponent().lastPathComponent
        let isYear = folder.count == 4 && folder.allSatisfy(\.isNumber)
        return isYear && !name.contains(folder) ? "\(folder)-\(name)" : name
    }

    /// POSTs the Data page's form with the files; the answer's status, its h1 and the seconds it took.
    func upload(_ client: HTTPClient, base: String, cookie: String, token: String) async throws -> (Int, String, Double)
    {
        let boundary = "----HearthBench\(UInt64.random(in: 0..<UInt64.max))"
        var body = ByteBuffer()
        for (name, value) in [("csrf_token", token), ("kind", kind), ("authority", "")] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            let name = Self.sentName(file)
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n")
            body.writeString("Content-Type: text/csv\r\n\r\n")
            body.writeBytes(try Data(contentsOf: URL(fileURLWithPath: file)))
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var request = HTTPClientRequest(url: base + "/data")
        request.method = .POST
        request.headers.add(name: "Cookie", value: cookie)
        request.headers.add(name: "Content-Type", value: "multipart/form-data; boundary=\(boundary)")
        request.body = .bytes(body)
        let started = monotonicSeconds()
        let response = try await client.execute(request, timeout: .minutes(10))
        let page = String(buffer: try await response.body.collect(upTo: 256 << 20))
        // Returns without a year in a name wait for their year to be checked: confirm the year Hearth took.
        if let waiting = page.firstMatch(of: #/name="upload" value="([^"]+)"/#),
            page.contains("<h1>Check the return year")
        {
            let (status, heading) = try await confirm(
                client, base: base, cookie: cookie, token: token, upload: String(waiting.1))
            return (status, heading, monotonicSeconds() - started)
        }
        return (Int(response.status.code), Self.heading(of: page), monotonicSeconds() - started)
    }

    /// POSTs the confirmation of an upload waiting under `upload`; the answer's status and h1.
    func confirm(_ client: HTTPClient, base: String, cookie: String, token: String, upload: String)
        async throws -> (Int, String)
    {
        var request = HTTPClientRequest(url: base + "/data/confirm")
        request.method = .POST
        request.headers.add(name: "Cookie", value: cookie)
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: "csrf_token=\(token)&upload=\(upload)"))
        let response = try await client.execute(request, timeout: .minutes(10))
        return (
            Int(response.status.code),
            Self.heading(of: String(buffer: try await response.body.collect(upTo: 256 << 20)))
        )
    }

    static func heading(of page: String) -> String {
        page.firstMatch(of: #/<h1>([^<]*)</h1>/#).map { String($0.1) } ?? "?"
    }

    static func waitUntilHealthy(_ client: HTTPClient, base: String) async throws {
        for _ in 0..<150 {
            if let answer = try? await client.execute(HTTPClientRequest(url: base + "/healthz"), timeout: .seconds(1)),
                answer.status.code == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw ValidationError("hearth serve did not answer /healthz within 30 s")
    }

    /// A memory figure (in KB) from /proc/PID/status, such as VmRSS or VmHWM.
    static func memory(_ field: String, of pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }

    /// Runs a command to its end, with `input` on its standard input.
    static func run(_ binary: String, _ arguments: [String], input: String) throws {
        let process = Process(), stdin = Pipe()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(binary) \(arguments[0]) failed") }
    }

    /// Starts a command in the background, its output discarded.
    static func start(_ binary: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
