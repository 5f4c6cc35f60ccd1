import SQLKit

/// The store's one database connection, used by one caller at a time.
///
/// Actors are re-entrant across `await`, so the actor alone would let another call slip between a
/// transaction's statements; callers therefore take a turn (`exclusive`) and hand it on in arrival order.
actor Connection {
    private let database: any SQLDatabase
    private let closeDatabase: @Sendable () async throws -> Void
    private var isBusy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var isClosed = false

    init(database: any SQLDatabase, close: @escaping @Sendable () async throws -> Void) {
        self.database = database
        self.closeDatabase = close
    }

    /// Which SQL dialect the connection speaks ("sqlite" or "postgresql").
    nonisolated var dialectName: String { database.dialect.name }

    /// Runs `body` with the connection to itself: no other call runs until it returns.
    func exclusive<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        await takeTurn()
        defer { passTurn() }
        guard !isClosed else { throw StorageError.closed }
        return try await body(database)
    }

    /// Runs a read on its own turn, turning driver errors into a `StorageError` that says what was being done.
    func reading<T: Sendable>(
        _ action: String,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        do {
            return try await exclusive(body)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.queryFailed(action: action, reason: StorageError.reason(error))
        }
    }

    /// Runs `body` inside BEGIN … COMMIT, rolling back if it (or the commit) throws.
    func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await exclusive { db in
            // Every transaction here writes. On SQLite, IMMEDIATE takes the write lock at the start, so what a
            // transaction reads before it writes (an import's stored histories) cannot be changed by another
            // process until it commits; that process waits (busy timeout) instead. PostgreSQL has no such
            // mode: an import takes an advisory lock for the same effect.
            let begin = db.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN"
            try await db.raw("\(unsafeRaw: begin)").run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                // The rollback's own failure would hide the cause; the original error is what matters.
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Closes the connection once the calls already waiting have run. Later calls throw `.closed`.
    func close() async throws {
        await takeTurn()
        defer { passTurn() }
        guard !isClosed else { return }
        isClosed = true
        try await closeDatabase()
    }

    private func takeTurn() async {
        guard isBusy else {
            isBusy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func passTurn() {
        // Hand the turn straight to the next caller so that nobody can jump the queue in between.
        if waiting.isEmpty {
            isBusy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
