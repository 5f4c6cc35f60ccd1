import CareModel
import Forecasting
import Foundation
import Hummingbird
import Interchange
import Logging
import Storage

/// The Hearth web application: builds the router and the Hummingbird application around a store.
public struct HearthWebApp: Sendable {
    /// The whole database: accounts, sessions and tokens are checked against it, and each request is given
    /// it narrowed to its account's authorities.
    public let database: HearthStore
    /// The database as the current request's account may see it (`acting(for:)`); outside a request, no
    /// authority at all.
    var store: HearthStore
    /// The authorities the current request's account may see.
    var scope = AuthorityScope.noAuthority
    /// The day the page calls "today" (Europe/London); injectable so tests are repeatable.
    public var today: @Sendable () -> Day
    /// The clock sessions and sign-in throttling use; injectable so tests can move time on.
    public var now: @Sendable () -> Date
    public var sessionPolicy: SessionPolicy
    /// The salt of the pseudonymised export (`hearth serve --export-salt-file`); without one the
    /// admin's download explains how to set it.
    public var exportSalt: PseudonymSalt?
    /// Idle timeout and connection cap (`hearth serve --idle-timeout --max-connections`).
    public var serverLimits = ServerLimits()
    /// The proxies whose `X-Forwarded-For`, `-Proto` and `-Host` are believed (`hearth serve --trusted-proxy`);
    /// from anyone else those headers are ignored.
    public var trustedProxies: [AddressRange] = []
    /// The Monte-Carlo paths a comparison of saved scenarios runs for the likely ranges (the Scenarios page and
    /// its API); kept while the data stands, so only the first view of a comparison pays for them.
    public var scenarioPaths = HearthWebApp.defaultScenarioPaths
    /// 2,000 paths: steady 5–95% ranges, and three scenarios over 24 months take under half a second for the
    /// demo authority (`hearth-bench scenarios`, BENCHMARKS.md).
    public static let defaultScenarioPaths = 2_000
    /// Pages' computations (the monitor, the overview), kept while the data version stands: with them a
    /// page costs its HTML, not a reload and recount of every child, so the server keeps up with many users.
    let computed = ReadCache()

    public init(
        store: HearthStore, today: @escaping @Sendable () -> Day, now: @escaping @Sendable () -> Date = { Date() },
        sessionPolicy: SessionPolicy = SessionPolicy()
    ) {
        self.database = store
        self.store = store.scoped(to: .noAuthority)
        self.today = today
        self.now = now
        self.sessionPolicy = sessionPolicy
    }

    var records: any CareRecordRepository { store.careRecords }

    /// A kept result's key: the same page for another account's authorities is another result.
    struct KeptKey: Hashable, Sendable {
        var result: KeptResult
        var scope: AuthorityScope
    }

    /// The routes: the overview, budget and children pages, signing in and out, the stylesheet and a health check
    /// for load balancers. Every route must be listed in `RouteAccess`, which `AccessMiddleware` enforces.
    public func router() -> Router<HearthRequestContext> {
        let router = Router(context: HearthRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: ForwardedHeadersMiddleware(trustedProxies: trustedProxies))
        router.add(middleware: SecurityHeadersMiddleware(strictTransport: sessionPolicy.secureCookies))
        router.add(middleware: DatabaseTroubleMiddleware(logger: Logger(label: "hearth")))
        // Made now, so the first unknown username costs what every later one does.
        _ = SignIn.decoyHash(cost: sessionPolicy.passwordCost)
        router.add(
            middleware: AccessMiddleware(
                store: database, policy: sessionPolicy, uploadPace: serverLimits.uploadPace,
                now: now))
        router.on(.healthCheck, for: self) { app, _, _ in await app.health() }
        router.on(.stylesheet, for: self) { app, _, _ in Stylesheet.response() }
        router.on(.overview, for: self) { app, request, context in
            try await app.overview(request.queryFields, context.disclosure)
        }
        router.on(.audit, for: self) { app, _, _ in
            AuditPage(
                entries: try await app.store.audit.latest(AuditPage.shown, action: nil),
                total: try await app.store.audit.count(),
                chain: try await app.store.audit.verify()
            ).page
        }
        addBudgetRoutes(to: router)
        addChildrenRoutes(to: router)
        addDataRoutes(to: router)
        addProjectionRoutes(to: router)
        addSufficiencyRoutes(to: router)
        addFosteringRoutes(to: router)
        addHomesRoutes(to: router)
        addProgrammesRoutes(to: router)
        addScenariosRoutes(to: router)
        addAPIRoutes(to: router)
        addSupplyAPIRoutes(to: router)
        addProgrammesAPIRoutes(to: router)
        addScenariosAPIRoutes(to: router)
        addExportRoutes(to: router)
        addSignInRoutes(to: router)
        return router
    }

    /// The application listening on `host:port`; `runService()` serves until SIGINT/SIGTERM, then
    /// finishes the requests in flight (graceful shutdown).
    public func application(
        host: String = "127.0.0.1", port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        let count = ConnectionCap.Count(), limits = serverLimits
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionCap(count: count, limit: limits.maximumConnections)],
                    idleTimeout: .seconds(Int64(limits.idleTimeout)))),
            configuration: .init(
                address: .hostname(host, port: port),
                serverName: "Hearth"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then lets requests in flight finish (graceful shutdown).
    public func run(
        host: String, port: Int, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void
    ) async throws {
        try await application(host: host, port: port, logger: logger, onServerRunning: onServerRunning).runService()
    }

    /// The health check asks the database, so a load balancer stops sending work to a server whose
    /// database is gone, locked or full: 503 then, with the reason in the log.
    func health() async -> Response {
        do {
            _ = try await store.schemaVersion()
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        } catch {
            Logger(label: "hearth").error("health check: the database did not answer: \(error)")
            return Response(
                status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "database unavailable\n")))
        }
    }

    /// `compute`'s result, kept while the store's data version stands (computed afresh when the database
    /// cannot say its version).
    func keptWhileDataStands<T: Sendable>(_ key: KeptResult, _ compute: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        guard let version = await store.dataVersion() else { return try await compute() }
        return try await computed.value(KeptKey(result: key, scope: scope), version: version, load: compute)
    }
}
