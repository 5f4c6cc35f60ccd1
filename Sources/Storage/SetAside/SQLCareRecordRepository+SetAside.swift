import CareModel
import Foundation
import SQLKit

extension SQLCareRecordRepository {
    static let setAsideColumns = [
        "authority", "return_year", "file", "file_name", "row_number", "field", "rule", "child_id", "kind", "start",
        "set_aside_at",
    ]

    /// Inside an import's transaction: clears what the import supplies or brings again, then sets aside its
    /// invalid rows.
    static func save(_ update: SetAsideUpdate, at time: Date, _ db: any SQLDatabase) async throws {
        for clear in update.clearReturns {
            let query = db.delete(from: "set_aside_rows").where("authority", .equal, clear.authority)
                .where("file_name", .equal, clear.fileName)
            if let year = clear.returnYear {
                query.where("return_year", .equal, year)
            } else {
                query.where("return_year", .is, SQLLiteral.null)
            }
            try await query.run()
        }
        for clear in update.clearRecords { try await delete(clear, db) }
        for row in update.add {
            try await db.insert(into: "set_aside_rows").columns(setAsideColumns)
                .values(
                    SQLBind(row.authority), SQLBind(row.returnYear), SQLBind(row.file),
                    SQLBind(URL(fileURLWithPath: row.file).lastPathComponent), SQLBind(row.row), SQLBind(row.field),
                    SQLBind(row.rule), SQLBind(row.child), SQLBind(row.kind.rawValue), SQLBind(row.start),
                    SQLBind(time.storedSeconds)
                )
                .run()
        }
    }

    private static func delete(_ record: SetAsideUpdate.Record, _ db: any SQLDatabase) async throws {
        let query = db.delete(from: "set_aside_rows").where("authority", .equal, record.authority)
            .where("child_id", .equal, record.child).where("kind", .equal, record.kind.rawValue)
        if let start = record.start { query.where("start", .equal, start) }
        try await query.run()
    }

    func setAsideRows(authorities: Set<AuthorityCode>?, limit: Int) async throws -> [SetAsideRow] {
        let rows = try await connection.run("read the set-aside rows") { db in
            let query = db.select().columns(Self.setAsideColumns).from("set_aside_rows")
            if let authorities { query.where("authority", .in, authorities.sorted()) }
            return try await query.orderBy("authority").orderBy("file").orderBy("row_number").limit(limit).all()
        }
        return try rows.map { row in
            SetAsideRow(
                authority: try row.text("authority"), returnYear: try row.optionalInteger("return_year"),
                file: try row.text("file"), row: try row.decode(column: "row_number", as: Int.self),
                field: try row.optionalText("field"), rule: try row.text("rule"), child: try row.text("child_id"),
                kind: try row.code("kind", as: SetAsideRow.Kind.self), start: try row.optionalText("start"))
        }
    }

    func setAsideCount(authorities: Set<AuthorityCode>?) async throws -> Int {
        let row = try await connection.run("count the set-aside rows") { db in
            let query = db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("set_aside_rows")
            if let authorities { query.where("authority", .in, authorities.sorted()) }
            return try await query.first()
        }
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
