import ArgumentParser
import AsyncHTTPClient
import CareModel
import Foundation
import Interchange
import NIOCore

struct BenchWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web",
        abstract: "Load running web pages at a fixed rate and report latency percentiles and errors.",
        discussion: """
            Signs in through the sign-in form (the password is read from standard input), then requests the
            paths in turn at a fixed rate. Each request's latency counts from when it was due, so a server that
            falls behind cannot hide it; requests still unsent 10 s after the load's end are counted as failed,
            not sent. Exits with status 1 if any request failed or p99 missed the target.
            Start the server first, from a release build:
              hearth demo --no-serve --db bench.sqlite
              echo 'a long pass phrase' | hearth user add bench --role finance --db bench.sqlite
              hearth serve --db bench.sqlite --port 8080 &
              echo 'a long pass phrase' | hearth-bench web --user bench
            """
    )

    @Option(help: "The running server (IPv4 address).") var url = "http://127.0.0.1:8080"
    @Option(help: "The account to sign in as; its password is read from standard input.") var user: String
    @Option(name: .customLong("path"), help: "A page to request; repeat for several, requested in turn.")
    var paths: [String] = ["/", "/budget"]
    @Option(help: "Requests a second.") var rate: Double = 200
    @Option(help: "How long to keep the load up.") var seconds: Double = 60
    @Option(help: "Keep-alive connections (one thread each).") var connections = 16
    @Option(help: "The p99 latency to meet, in milliseconds.") var p99Target: Double = 50

    func validate() throws {
        guard rate > 0, seconds > 0, connections > 0 else {
            throw ValidationError("--rate, --seconds and --connections must be positive.")
        }
        guard !paths.isEmpty, paths.allSatisfy({ $0.hasPrefix("/") }) else {
            throw ValidationError("Each --path starts with /.")
        }
    }

    func run() async throws {
        guard let line = readLine(strippingNewline: true) else {
            throw ValidationError(
                "Give the password on standard input, for example: echo '…' | hearth-bench web --user NAME")
        }
        guard let address = URL(string: url), address.host != nil, address.scheme == "http" else {
            throw ValidationError("--url must look like http://127.0.0.1:8080")
        }
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: .init(
                redirectConfiguration: .disallow,
                connectionPool: .init(
                    idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)))
        do {
            let met = try await load(client, password: line)
            try await client.shutdown()
            guard met else { throw ExitCode(1) }
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Signs in, checks every path answers, runs the load and reports; true when the target was met.
    func load(_ client: HTTPClient, password: String) async throws -> Bool {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        let headers = [("Cookie", try await Self.signIn(client, base: base, user: user, password: password))]
        for path in paths {
            var request = HTTPClientRequest(url: base + path)
            request.headers.add(name: "Cookie", value: headers[0].1)
            let status = try await client.execute(request, timeout: .seconds(30)).status.code
            guard status == 200 else {
                throw ValidationError(
                    "GET \(path) answered HTTP \(status) for \(user); choose pages its role may open.")
            }
        }
        let load = FixedRateLoad(
            client: client, base: base, paths: paths, headers: headers, rate: rate,
            total: Int((rate * seconds).rounded()), connections: connections)
        let (samples, elapsed) = await load.run()
        return report(samples, elapsed: elapsed)
    }

    /// Prints the latency table; true when nothing failed and p99 met the target.
    func report(_ samples: [FixedRateLoad.Sample], elapsed: Double) -> Bool {
        let failures = samples.compactMap(\.failure), answered = samples.filter { $0.latency != nil }.count
        print(
            "Load on \(url): \(paths.joined(separator: " and ")) in turn at \(String(format: "%g", rate)) requests/s for "
                + "\(String(format: "%g", seconds)) s over \(connections) connections, signed in as \(user)")
        print(
            "\(samples.count.grouped) requests due; \(answered.grouped) sent and answered in \(String(format: "%.1f", elapsed)) s "
                + "(\(String(format: "%.1f", Double(answered) / elapsed))/s); \(failures.count.grouped) failed")
        for (failure, same) in Dictionary(grouping: failures, by: { $0 }).sorted(by: { $0.key < $1.key }) {
            print("  \(same.count.grouped) × \(failure)")
        }
        print("Latency from when each request was due to the end of its reply, ms (requests sent):")
        print(
            "path".rightPadded(to: 16)
                + ["sent", "p50", "p90", "p99", "p99.9", "max"].map { $0.leftPadded(to: 9) }.joined())
        for path in paths + ["all"] {
            let times = samples.filter { path == "all" || $0.path == path }.compactMap(\.latency).map { $0 * 1000 }
                .sorted()
            let cells =
                [50, 90, 99, 99.9].map { String(format: "%.1f", times.percentile($0)) } + [
                    String(format: "%.1f", times.last ?? .nan)
                ]
            print(path.rightPadded(to: 16) + ([times.count.grouped] + cells).map { $0.leftPadded(to: 9) }.joined())
        }
        let p99 = samples.compactMap(\.latency).map { $0 * 1000 }.sorted().percentile(99)
        let met = failures.isEmpty && p99 < p99Target
        print(String(format: "p99 %.1f ms, target %.0f ms: ", p99, p99Target) + (met ? "met" : "NOT met"))
        return met
    }

    /// Signs in as a browser would (the form's CSRF token, bound to its pre-session cookie) and returns
    /// the Cookie header that carries the session.
    static func signIn(_ client: HTTPClient, base: String, user: String, password: String) async throws -> String {
        let form = try await client.execute(HTTPClientRequest(url: base + "/login"), timeout: .seconds(30))
        let page = String(buffer: try await form.body.collect(upTo: 1 << 20))
        let pattern = #"name="csrf_token" value="[^"]*""#
        guard let found = page.range(of: pattern, options: .regularExpression) else {
            throw ValidationError("GET /login answered HTTP \(form.status.code) without a sign-in form.")
        }
        let token = page[found].dropFirst(#"name="csrf_token" value=""#.count).dropLast()
        let fields = ["csrf_token": String(token), "next": "/", "username": user, "password": password]
        let body = fields.map {
            "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }
        .joined(separator: "&")
        var request = HTTPClientRequest(url: base + "/login")
        request.method = .POST
        request.headers.add(name: "Cookie", value: cookies(form.headers["Set-Cookie"]))
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: body))
        let reply = try await client.execute(request, timeout: .seconds(30))
        let session = cookies(reply.headers["Set-Cookie"])
        guard reply.status.code == 303, !session.isEmpty else {
            throw ValidationError(
                "Could not sign in as \(user) (HTTP \(reply.status.code)); check the name and password.")
        }
        return session
    }

    /// The cookies a reply sets (those with a value; an empty value with Max-Age=0 removes a cookie), as a
    /// Cookie header.
    static func cookies(_ setCookies: [String]) -> String {
        setCookies.compactMap { header in
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            return pair.hasSuffix("=") || !pair.contains("=") ? nil : pair
        }.joined(separator: "; ")
    }
}
