import ArgumentParser
import Logging
import Storage
import WebApp

/// Options shared by `serve` and `demo`: where to listen.
struct ListenOptions: ParsableArguments {
    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: ArgumentHelp("Address to listen on. The default serves this computer only; use 0.0.0.0 to serve the network.",
                               valueName: "address"))
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    /// Serves the web app over `store` until Ctrl-C or SIGTERM, then shuts down gracefully.
    func serve(_ store: HearthStore, logger: Logger) async throws {
        let app = HearthWebApp(store: store, today: { .todayInLondon() })
        let host = self.host
        try await app.run(host: host, port: port, logger: logger) { port in
            Terminal.say("Hearth is running at http://\(host == "0.0.0.0" ? "localhost" : host):\(port)/ — press Ctrl-C to stop.")
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
            try await listen.serve(store, logger: logger)
        }
    }
}
