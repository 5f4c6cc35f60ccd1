import CareModel
import Foundation
import SQLKit

/// Children's homes the council runs and beds it has bought under block contracts.
extension SQLSupplyRepository {
    func homes(authorities: Set<AuthorityCode>?) async throws -> [ChildrensHome] {
        try await reading("read the children's homes", authorities, empty: []) { db in
            try await Self.homes(authorities, db)
        }
    }

    func replaceHomes(authority: AuthorityCode, with homes: [ChildrensHome], importedAt: Date) async throws {
        try Self.refuseStrangers(homes, authority: authority, "home", owner: \.authority, reference: \.id)
        try await replacing(
            .homes, authority: authority, with: homes, importedAt: importedAt, unit: "homes",
            read: { try await Self.homes(Set([$0]), $1) },
            write: { try await Self.writeHomes(authority: $0, $1, $2) })
    }

    /// The homes, read with `db` (inside a caller's transaction, or a read).
    static func homes(_ authorities: Set<AuthorityCode>?, _ db: any SQLDatabase) async throws -> [ChildrensHome] {
        try await select(ChildrensHome.columns, from: "childrens_homes", authorities, db).orderBy("home_id").all()
            .map(ChildrensHome.init(row:))
            .sorted { ($0.authority, $0.id) < ($1.authority, $1.id) }
    }

    /// Replaces the authority's homes.
    static func writeHomes(authority: AuthorityCode, _ homes: [ChildrensHome], _ db: any SQLDatabase) async throws {
        var rows: [StoredValue] = []
        for home in homes { home.appendRow(to: &rows) }
        try await db.delete(from: "childrens_homes").where("authority", .equal, authority).run()
        try await SQLCareRecordRepository.insert(into: "childrens_homes", ChildrensHome.columns, values: rows, db)
    }
}
