import CareModel
import Foundation
import SQLKit

/// The care records kept in SQL tables `children`, `episodes` and `import_runs` (see `Migration.foundation`);
/// the same statements run on SQLite and PostgreSQL.
struct SQLCareRecordRepository: CareRecordRepository {
    let connection: Connection

    func authorities() async throws -> [AuthorityCode] {
        let rows = try await reading("list the authorities") { db in
            try await db.select().distinct().column("authority").from("children").all()
        }
        // Sorted here so the order is the same whatever collation the database uses.
        return try rows.map { try $0.text("authority") }.sorted()
    }

    func histories(authorities: Set<AuthorityCode>?) async throws -> [ChildHistory] {
        if let authorities, authorities.isEmpty { return [] }
        let (children, episodes) = try await reading("read the children's histories") { db in
            (
                try await select(Child.columns, from: "children", authorities: authorities, db).all(),
                try await select(Episode.columns, from: "episodes", authorities: authorities, db).orderBy("decom").all()
            )
        }
        return try Self.group(children: children, episodes: episodes).sorted { $0.key < $1.key }
    }

    func importRuns() async throws -> [ImportRun] {
        let rows = try await reading("list the imports") { db in
            try await db.select().columns("id", "imported_at", "report_json").from("import_runs").orderBy("id").all()
        }
        let decoder = JSONDecoder()
        return try rows.map { row in
            let report = try decoder.decode(ImportReport.self, from: Data(try row.text("report_json").utf8))
            return ImportRun(
                id: try row.decode(column: "id", as: Int.self), importedAt: try row.time("imported_at"),
                report: report)
        }
    }

    /// `SELECT columns FROM table [WHERE authority IN …] ORDER BY authority, child_id`.
    func select(
        _ columns: [String], from table: String, authorities: Set<AuthorityCode>?,
        _ db: any SQLDatabase
    ) -> SQLSelectBuilder {
        let query = db.select().columns(columns).from(table)
        if let authorities { query.where("authority", .in, authorities.sorted()) }
        return query.orderBy("authority").orderBy("child_id")
    }

    /// Pairs each child with the episodes that follow it: both lists come in the same key order from the
    /// database, and every episode has its child (foreign key), so one forward walk groups them without
    /// looking anything up.
    static func group(children: [any SQLRow], episodes: [any SQLRow]) throws -> [ChildHistory] {
        var histories: [ChildHistory] = []
        histories.reserveCapacity(children.count)
        var next = 0
        for row in children {
            let authority = try row.text("authority")
            let child = try Child(row: row)
            var own: [Episode] = []
            while next < episodes.count, try episodes[next].text("child_id") == child.id,
                try episodes[next].text("authority") == authority
            {
                own.append(try Episode(row: episodes[next]))
                next += 1
            }
            histories.append(ChildHistory(authority: authority, child: child, episodes: own))
        }
        return histories
    }

    /// Runs a read; see `Connection.reading`.
    func reading<T: Sendable>(
        _ action: String,
        _ body: @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await connection.reading(action, body)
    }
}
