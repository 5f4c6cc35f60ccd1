import CareModel
import Foundation
import SQLKit

/// Ofsted's providers in the `ofsted_providers` table (see `Migration.ofstedProviders`); the same statements
/// run on SQLite and PostgreSQL.
struct SQLMarketRepository: MarketRepository {
    static let table = "ofsted_providers"

    let connection: Connection

    func replaceOfstedProviders(_ providers: [OfstedProvider], importedAt: Date) async throws {
        try Self.refuseRepeatedURNs(providers)
        let values = Self.values(providers, importedAt: importedAt)
        do {
            try await connection.transaction { db in
                try await db.delete(from: Self.table).run()
                try await SQLCareRecordRepository.insert(into: Self.table, OfstedProvider.columns, values: values, db)
                // Pages built from the market (and the flags on placements) are kept while the version stays.
                try await DataVersion.bump(db)
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.saveFailed(reason: StorageError.reason(error))
        }
    }

    func ofstedProviders(localAuthorities: Set<String>?) async throws -> [OfstedProvider] {
        guard let localAuthorities else { return try await read { $0 } }
        return try await read(matching: "local_authority", localAuthorities.map { $0.lowercased() }, "lower")
    }

    func ofstedProviders(urns: Set<String>) async throws -> [OfstedProvider] {
        try await read(matching: "urn", urns.map { $0.uppercased() }, "upper")
    }

    func ofstedProvidersImportedAt() async throws -> Date? {
        try await connection.reading("read when Ofsted's providers were imported") { db in
            try await db.select().column("imported_at").from(Self.table).limit(1).first()?.time("imported_at")
        }
    }

    /// The providers whose `column`, put through the SQL function `fold` (`lower`, `upper`), is one of `keys`
    /// (already folded), read in batches that stay under the database's limit on bound values.
    private func read(matching column: String, _ keys: [String], _ fold: String) async throws -> [OfstedProvider] {
        let keys = Array(Set(keys)).sorted(), size = SQLCareRecordRepository.maximumBindings
        var providers: [OfstedProvider] = []
        for start in stride(from: 0, to: keys.count, by: size) {
            let batch = Array(keys[start..<min(start + size, keys.count)])
            providers += try await read { query in
                query.where(SQLFunction(fold, args: SQLIdentifier(column)), .in, SQLBind.group(batch))
            }
        }
        return providers.sorted { $0.urn < $1.urn }
    }

    /// The providers `narrow` lets through, sorted by URN (in Swift, so both databases give the same order).
    private func read(_ narrow: @escaping @Sendable (SQLSelectBuilder) -> SQLSelectBuilder) async throws
        -> [OfstedProvider]
    {
        try await connection.reading("read Ofsted's providers") { db in
            try await narrow(db.select().columns(OfstedProvider.columns).from(Self.table)).all()
                .map(OfstedProvider.init(row:))
                .sorted { $0.urn < $1.urn }
        }
    }

    /// Refuses a register giving a URN twice (in any case), before anything is written, naming the URN.
    static func refuseRepeatedURNs(_ providers: [OfstedProvider]) throws {
        var seen: Set<String> = []
        for provider in providers where !seen.insert(provider.urn.uppercased()).inserted {
            throw StorageError.saveFailed(reason: "Ofsted provider \(provider.urn) is given more than once")
        }
    }

    /// The rows to insert, each stamped with the import's time.
    static func values(_ providers: [OfstedProvider], importedAt: Date) -> [StoredValue] {
        let stamp = importedAt.ISO8601Format()
        var values: [StoredValue] = []
        values.reserveCapacity(providers.count * OfstedProvider.columns.count)
        for provider in providers { provider.appendRow(importedAt: stamp, to: &values) }
        return values
    }
}
