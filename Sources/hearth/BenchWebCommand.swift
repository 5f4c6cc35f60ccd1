import ArgumentParser
import Foundation

struct BenchWebCommand: ParsableCommand {
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
          echo 'a long pass phrase' | hearth bench web --user bench
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
        guard rate > 0, seconds > 0, connections > 0 else { throw ValidationError("--rate, --seconds and --connections must be positive.") }
        guard !paths.isEmpty, paths.allSatisfy({ $0.hasPrefix("/") }) else { throw ValidationError("Each --path starts with /.") }
    }

    func run() throws {
        let password = try readPassword(prompt: "Password for \(user): ")
        guard let address = URL(string: url), let host = address.host, address.scheme == "http" else {
            throw ValidationError("--url must look like http://127.0.0.1:8080")
        }
        let port = address.port ?? 80
        let cookie = try Self.signIn(HTTPConnection(host: host, port: port), user: user, password: password)
        let headers = [("Cookie", cookie)]
        let check = HTTPConnection(host: host, port: port)
        for path in paths {
            let status = try check.send("GET", path, headers: headers).status
            guard status == 200 else { throw ValidationError("GET \(path) answered HTTP \(status) for \(user); choose pages its role may open.") }
        }
        let load = FixedRateLoad(host: host, port: port, paths: paths, headers: headers, rate: rate,
                                 seconds: seconds, connections: connections)
        let (samples, elapsed) = load.run()
        guard report(samples, elapsed: elapsed) else { throw ExitCode(1) }
    }

    /// Prints the latency table; true when nothing failed and p99 met the target.
    func report(_ samples: [FixedRateLoad.Sample], elapsed: Double) -> Bool {
        let failures = samples.compactMap(\.failure), answered = samples.filter { $0.latency != nil }.count
        print("Load on \(url): \(paths.joined(separator: " and ")) in turn at \(String(format: "%g", rate)) requests/s for "
            + "\(String(format: "%g", seconds)) s over \(connections) connections, signed in as \(user)")
        print("\(samples.count.grouped) requests due; \(answered.grouped) sent and answered in \(String(format: "%.1f", elapsed)) s "
            + "(\(String(format: "%.1f", Double(answered) / elapsed))/s); \(failures.count.grouped) failed")
        for (failure, same) in Dictionary(grouping: failures, by: { $0 }).sorted(by: { $0.key < $1.key }) {
            print("  \(same.count.grouped) × \(failure)")
        }
        print("Latency from when each request was due to the end of its reply, ms (requests sent):")
        print("path".rightPadded(to: 16) + ["sent", "p50", "p90", "p99", "p99.9", "max"].map { $0.leftPadded(to: 9) }.joined())
        for path in paths + ["all"] {
            let times = samples.filter { path == "all" || $0.path == path }.compactMap(\.latency).map { $0 * 1000 }.sorted()
            let cells = [50, 90, 99, 99.9].map { String(format: "%.1f", times.percentile($0)) } + [String(format: "%.1f", times.last ?? .nan)]
            print(path.rightPadded(to: 16) + ([times.count.grouped] + cells).map { $0.leftPadded(to: 9) }.joined())
        }
        let p99 = samples.compactMap(\.latency).map { $0 * 1000 }.sorted().percentile(99)
        let met = failures.isEmpty && p99 < p99Target
        print(String(format: "p99 %.1f ms, target %.0f ms: ", p99, p99Target) + (met ? "met" : "NOT met"))
        return met
    }

    /// Signs in as a browser would (the form's CSRF token, bound to its pre-session cookie) and returns
    /// the Cookie header that carries the session.
    static func signIn(_ connection: HTTPConnection, user: String, password: String) throws -> String {
        let form = try connection.send("GET", "/login")
        let pattern = #"name="csrf_token" value="[^"]*""#
        guard let found = form.text.range(of: pattern, options: .regularExpression) else {
            throw ValidationError("GET /login answered HTTP \(form.status) without a sign-in form.")
        }
        let token = form.text[found].dropFirst(#"name="csrf_token" value=""#.count).dropLast()
        let fields = ["csrf_token": String(token), "next": "/", "username": user, "password": password]
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        let reply = try connection.send("POST", "/login", headers: [("Cookie", cookies(form)),
                                                                    ("Content-Type", "application/x-www-form-urlencoded")],
                                        body: Array(body.utf8))
        guard reply.status == 303, !cookies(reply).isEmpty else {
            throw ValidationError("Could not sign in as \(user) (HTTP \(reply.status)); check the name and password.")
        }
        return cookies(reply)
    }

    /// The cookies a reply sets (those with a value; an empty value with Max-Age=0 removes a cookie), as a
    /// Cookie header.
    static func cookies(_ reply: HTTPConnection.Reply) -> String {
        reply.values("Set-Cookie").compactMap { header in
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            return pair.hasSuffix("=") || !pair.contains("=") ? nil : pair
        }.joined(separator: "; ")
    }
}
