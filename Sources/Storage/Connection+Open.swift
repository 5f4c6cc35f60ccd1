import Foundation
import Logging
import PostgresKit
import SQLiteKit

extension Connection {
    /// Opens (creating if needed) the database at `location` and prepares the session.
    static func open(_ location: DatabaseLocation, logger: Logger) async throws -> Connection {
        switch location {
        case .sqlite(let path): try await openSQLite(path: path, logger: logger)
        case .postgres(let url): try await openPostgres(url: url, logger: logger)
        }
    }

    private static func openSQLite(path: String, logger: Logger) async throws -> Connection {
        try DatabaseFile.ownerOnly(path, logger: logger)
        let sqlite: SQLiteConnection
        // A thread of the connection's own: while SQLite waits out another process's lock (busy timeout)
        // it blocks its thread, and on a shared pool two such waits could starve the connection that holds
        // the lock of the thread it needs to finish.
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        do {
            sqlite = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: thread, logger: logger,
                on: MultiThreadedEventLoopGroup.singleton.any())
        } catch {
            try? await thread.shutdownGracefully()
            throw StorageError.cannotOpen(location: path, reason: StorageError.reason(error))
        }
        let db = sqlite.sql()
        do {
            // Foreign keys are off by default in SQLite and enforce the episodes → children cascade.
            // WAL with synchronous=NORMAL is durable across application crashes and much faster for imports;
            // the busy timeout lets a CLI import wait for a running server (and the server for an import: the
            // largest real return takes about 7 s to save) instead of failing at once.
            for pragma in ["foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL", "busy_timeout = 15000"] {
                try await db.raw(SQLQueryString("PRAGMA \(unsafeRaw: pragma)")).run()
            }
        } catch {
            try? await sqlite.close()
            try? await thread.shutdownGracefully()
            throw StorageError.cannotOpen(location: path, reason: StorageError.reason(error))
        }
        return Connection(
            database: db,
            close: {
                try await sqlite.close()
                try await thread.shutdownGracefully()
            })
    }

    private static func openPostgres(url: String, logger: Logger) async throws -> Connection {
        let shown = DatabaseLocation.postgres(url: url).displayName
        let (configuration, schema) = try postgresConfiguration(url: url, shown: shown)
        let postgres: PostgresConnection
        do {
            postgres = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(),
                configuration: configuration.coreConfiguration, id: 1, logger: logger)
        } catch {
            throw StorageError.cannotOpen(location: shown, reason: StorageError.reason(error))
        }
        let db = postgres.sql()
        if let schema {
            do {
                try await db.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
                try await db.raw("SET search_path TO \(ident: schema)").run()
            } catch {
                try? await postgres.close()
                throw StorageError.cannotOpen(location: shown, reason: StorageError.reason(error))
            }
        }
        return Connection(database: db, close: { try await postgres.close() })
    }

    /// The driver's configuration from the URL, and the `schema` query parameter if any.
    static func postgresConfiguration(url: String, shown: String) throws -> (SQLPostgresConfiguration, String?) {
        let configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw StorageError.invalidLocation(
                location: shown,
                reason: "expected postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]")
        }
        let items = URLComponents(string: url)?.queryItems ?? []
        guard let schema = items.last(where: { $0.name.lowercased() == "schema" })?.value else {
            return (configuration, nil)
        }
        guard isPlainIdentifier(schema) else {
            throw StorageError.invalidLocation(
                location: shown, reason: "schema must be letters, digits and underscores, not starting with a digit")
        }
        return (configuration, schema)
    }

    private static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !("0"..."9").contains(first), text.count <= 63 else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
                || ("0"..."9").contains($0)
        }
    }
}
