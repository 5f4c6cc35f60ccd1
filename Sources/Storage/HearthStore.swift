import Logging

/// Hearth's database: open it, bring its schema up to date, use its repositories, shut it down.
///
/// One connection serves the store; calls take turns on it, so a transaction is never interleaved
/// with another call. Always call `shutdown()` when done.
public final class HearthStore: Sendable {
    /// Where this store's data lives.
    public let location: DatabaseLocation
    let connection: Connection
    /// Children's SSDA903 histories and the imports that wrote them.
    public let careRecords: any CareRecordRepository
    /// Placement costs, budget lines and budgets, and closed months of the budget monitor.
    public let budget: any BudgetRepository
    /// The council's own foster households, children's homes and fostering recruitment.
    public let supply: any SupplyRepository
    /// The council's programmes that move children to better homes, and each child's plan in them.
    public let programmes: any ProgrammeRepository
    /// The council's saved what-if scenarios of the levers it could pull.
    public let scenarios: any ScenarioRepository
    /// Ofsted's register of children's social care providers: national public data, never narrowed by scope.
    public let market: any MarketRepository
    /// Local accounts, sessions and failed sign-ins.
    public let accounts: any AccountRepository
    /// API tokens for programs that read the JSON API.
    public let apiTokens: any ApiTokenRepository
    /// The append-only audit log.
    public let audit: any AuditLog
    /// Every import as a version that can be undone.
    public let imports: any ImportVersionRepository
    /// Uploads waiting for their sender to confirm them.
    public let pending: any PendingImportRepository

    convenience init(location: DatabaseLocation, connection: Connection) {
        let cache = ReadCache()
        self.init(
            location: location, connection: connection,
            careRecords: CachedCareRecordRepository(
                base: SQLCareRecordRepository(connection: connection), cache: cache),
            budget: CachedBudgetRepository(base: SQLBudgetRepository(connection: connection), cache: cache),
            supply: CachedSupplyRepository(base: SQLSupplyRepository(connection: connection), cache: cache),
            programmes: CachedProgrammeRepository(base: SQLProgrammeRepository(connection: connection), cache: cache),
            scenarios: CachedScenarioRepository(base: SQLScenarioRepository(connection: connection), cache: cache),
            market: SQLMarketRepository(connection: connection),
            accounts: SQLAccountRepository(connection: connection),
            apiTokens: SQLApiTokenRepository(connection: connection), audit: SQLAuditLog(connection: connection),
            imports: SQLImportVersionRepository(connection: connection),
            pending: SQLPendingImportRepository(connection: connection))
    }

    init(
        location: DatabaseLocation, connection: Connection, careRecords: any CareRecordRepository,
        budget: any BudgetRepository, supply: any SupplyRepository, programmes: any ProgrammeRepository,
        scenarios: any ScenarioRepository, market: any MarketRepository, accounts: any AccountRepository,
        apiTokens: any ApiTokenRepository, audit: any AuditLog, imports: any ImportVersionRepository,
        pending: any PendingImportRepository
    ) {
        self.location = location
        self.connection = connection
        self.careRecords = careRecords
        self.budget = budget
        self.supply = supply
        self.programmes = programmes
        self.scenarios = scenarios
        self.market = market
        self.accounts = accounts
        self.apiTokens = apiTokens
        self.audit = audit
        self.imports = imports
        self.pending = pending
    }

    /// Opens the database at `location`, creating a SQLite file if it does not exist.
    /// Throws `StorageError.cannotOpen` or `.invalidLocation`.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> HearthStore {
        let connection = try await Connection.open(location, logger: logger)
        logger.debug("Opened database", metadata: ["location": .string(location.displayName)])
        return HearthStore(location: location, connection: connection)
    }

    /// Applies the schema migrations this database has not had yet, each in its own transaction, and
    /// records them. Running it again does nothing.
    public func migrate() async throws {
        try await Migration.migrate(connection)
    }

    /// The newest schema migration the database has had (0 for a new, empty database).
    public func schemaVersion() async throws -> Int {
        try await Migration.appliedVersions(connection).max() ?? 0
    }

    /// A number that changes whenever care records, costs, budgets, supply, programmes, saved scenarios or closed
    /// months change (by any process); `nil` before the database is migrated. Callers keep what they compute from
    /// the records while it stays the same.
    public func dataVersion() async -> Int64? {
        await connection.dataVersion()
    }

    /// The newest schema version this Hearth knows; `migrate()` brings a database up to it.
    public static var latestSchemaVersion: Int { Migration.all.last?.version ?? 0 }

    /// Closes the connection after any calls already waiting have run.
    public func shutdown() async throws {
        do {
            try await connection.close()
        } catch {
            throw StorageError.queryFailed(action: "close the database", reason: StorageError.reason(error))
        }
    }
}
