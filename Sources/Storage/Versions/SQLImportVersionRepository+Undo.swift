import CareModel
import Foundation
import SQLKit

extension SQLImportVersionRepository {
    /// Refuses when a later import (not itself undone) replaced any of the same things, or a month of one of
    /// the import's authorities was closed after it.
    static func checkNothingBuiltOn(
        _ version: ImportVersion, _ items: [(String, String, String?)], _ db: any SQLDatabase
    ) async throws {
        let mine = Set(items.map { "\($0.0)\u{1F}\($0.1)" })
        let later = try await db.raw(
            """
            SELECT b.authority, b.item, v.id FROM import_versions v JOIN import_version_before b ON b.version_id = v.id
            WHERE v.id > \(bind: version.id) AND v.undone_at IS NULL AND v.kind = \(bind: version.kind.rawValue)
            ORDER BY v.id DESC
            """
        ).all()
        for row in later where mine.contains("\(try row.text("authority"))\u{1F}\(try row.text("item"))") {
            throw ImportUndoError.laterImport(version.id, later: try row.decode(column: "id", as: Int64.self))
        }
        guard !version.authorities.isEmpty else { return }
        let closed = try await db.select().columns("authority", "year", "period", "closed_at").from("closed_periods")
            .where("authority", .in, version.authorities).all()
        for row in closed where try row.time("closed_at") > version.importedAt {
            let period = Period(
                year: FinancialYear(try row.decode(column: "year", as: Int.self)),
                number: try row.decode(column: "period", as: Int.self))
            throw ImportUndoError.closedMonth(
                version.id, authority: try row.text("authority"), period: period?.label ?? "a month")
        }
    }

    /// Puts each thing the import replaced back as it was (removing what the import brought new).
    static func restore(_ kind: ImportVersion.Kind, _ items: [(String, String, String?)], _ db: any SQLDatabase)
        async throws
    {
        let decoder = JSONDecoder()
        switch kind {
        case .ssda903:
            try await SQLCareRecordRepository.delete(items.map { ChildKey(authority: $0.0, child: $0.1) }, db)
            let histories = try items.compactMap {
                try $0.2.map { try decoder.decode(ChildHistory.self, from: Data($0.utf8)) }
            }
            try await SQLCareRecordRepository.insert(
                into: "children", Child.columns, values: SQLCareRecordRepository.childValues(histories), db)
            try await SQLCareRecordRepository.insert(
                into: "episodes", Episode.columns, values: SQLCareRecordRepository.episodeValues(histories), db)
        case .costs:
            for (authority, _, json) in items {
                let costs = try json.map { try decoder.decode([PlacementCost].self, from: Data($0.utf8)) } ?? []
                try await SQLBudgetRepository.writeCosts(authority: authority, SQLBudgetRepository.rows(of: costs), db)
            }
        case .budget:
            for (authority, item, json) in items {
                guard let start = Int(item) else { continue }
                let plan = try json.map { try decoder.decode(StoredPlan.self, from: Data($0.utf8)) }
                try await SQLBudgetRepository.writePlan(
                    authority: authority, year: FinancialYear(start), lines: plan?.lines ?? BudgetLineSet(lines: []),
                    budgets: plan?.budgets ?? [], db)
            }
        case .households, .homes, .recruitment:
            try await SQLSupplyRepository.restore(kind, items, db)
        case .programmes:
            try await SQLProgrammeRepository.restore(items, db)
        }
    }
}
