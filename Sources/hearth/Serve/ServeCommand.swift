import ArgumentParser
import CouncilTasks
import Interchange
import Logging
import Storage
import WebApp

/// Options shared by `serve` and `demo`: where to listen.
struct ListenOptions: ParsableArguments {
    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(
        help: ArgumentHelp(
            "Address to listen on. The default serves this computer only; use 0.0.0.0 to serve the network.",
            valueName: "address"))
    var host: String = "127.0.0.1"

    @Flag(
        help: ArgumentHelp(
            "Mark the sign-in cookies Secure (sent over HTTPS only) and send HSTS. Use it behind a TLS proxy that does not send X-Forwarded-Proto: https; when a --trusted-proxy sends that header they are Secure anyway."
        ))
    var secureCookies = false

    @Option(
        help: ArgumentHelp(
            "A proxy (address or CIDR block, e.g. 10.0.0.0/8; repeat for more) whose X-Forwarded-For (the audited client address), X-Forwarded-Proto and X-Forwarded-Host are believed. From anyone else those headers are ignored.",
            valueName: "cidr"))
    var trustedProxy: [String] = []

    @Option(
        help: ArgumentHelp(
            "A file holding the secret salt of the pseudonymised export (at least 16 bytes), so admins can download it from /export/pseudonymised. Use the same file as hearth export pseudonymised --salt-file to get the same pseudonyms.",
            valueName: "path"))
    var exportSaltFile: String?

    @Option(help: "Seconds a connection may send nothing (mid-request or between requests) before it is closed.")
    var idleTimeout = ServerLimits().idleTimeout

    @Option(help: "Connections held at once; more are closed as they open.")
    var maxConnections = ServerLimits().maximumConnections

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard idleTimeout > 0, maxConnections > 0 else {
            throw ValidationError("--idle-timeout and --max-connections must be positive.")
        }
        for cidr in trustedProxy where AddressRange(cidr: cidr) == nil {
            throw ValidationError("--trusted-proxy \(cidr) is not an IP address or CIDR block (e.g. 10.0.0.0/8).")
        }
    }

    /// Serves the web app over `store` until Ctrl-C or SIGTERM, then shuts down gracefully.
    /// `signInHint` is printed after the address (the demo's account and password).
    func serve(_ store: HearthStore, logger: Logger, signInHint: String? = nil) async throws {
        var app = HearthWebApp(
            store: store, today: { .todayInLondon() },
            sessionPolicy: SessionPolicy(secureCookies: secureCookies))
        if let exportSaltFile { app.exportSalt = try PseudonymSalt.read(file: exportSaltFile) }
        app.serverLimits = ServerLimits(idleTimeout: idleTimeout, maximumConnections: maxConnections)
        app.trustedProxies = trustedProxy.compactMap(AddressRange.init(cidr:))
        let host = self.host
        try await app.run(host: host, port: port, logger: logger) { port in
            Terminal.say(
                "Hearth is running at http://\(host == "0.0.0.0" ? "localhost" : host):\(port)/ — press Ctrl-C to stop."
            )
            if let signInHint { Terminal.say(signInHint) }
        }
    }
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Hearth web application over a database."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listen: ListenOptions

    func run() async throws {
        var logger = Logger(label: "hearth")
        logger.logLevel = .info
        try await HearthStore.using(database) { store in
            if try await store.accounts.accounts().isEmpty {
                Terminal.say(
                    "There are no accounts yet, so nobody can sign in. Add one (the password is read from standard input):"
                )
                Terminal.say("  echo 'a long pass phrase' | hearth user add NAME --role admin --db \(database.db)")
            }
            try await listen.serve(store, logger: logger)
        }
    }
}
