import CareModel
import Foundation
import SQLKit

/// The stages prospective foster households reached in recruitment.
extension SQLSupplyRepository {
    func recruitmentEvents(authorities: Set<AuthorityCode>?) async throws -> [RecruitmentEvent] {
        try await reading("read the recruitment events", authorities, empty: []) { db in
            try await Self.recruitmentEvents(authorities, db)
        }
    }

    func replaceRecruitmentEvents(authority: AuthorityCode, with events: [RecruitmentEvent], importedAt: Date)
        async throws
    {
        try Self.refuseStrangers(events, authority: authority, "prospect", owner: \.authority, reference: \.prospect)
        try await replacing(
            .recruitment, authority: authority, with: events, importedAt: importedAt, unit: "events",
            read: { try await Self.recruitmentEvents(Set([$0]), $1) },
            write: { try await Self.writeRecruitmentEvents(authority: $0, $1, $2) })
    }

    /// The events, read with `db` (inside a caller's transaction, or a read), in funnel order per prospect:
    /// stages are sorted here, since their order is not their codes' alphabetical one.
    static func recruitmentEvents(_ authorities: Set<AuthorityCode>?, _ db: any SQLDatabase) async throws
        -> [RecruitmentEvent]
    {
        try await select(RecruitmentEvent.columns, from: "recruitment_events", authorities, db).orderBy("prospect")
            .all().map(RecruitmentEvent.init(row:))
            .sorted { ($0.authority, $0.prospect, $0.stage) < ($1.authority, $1.prospect, $1.stage) }
    }

    /// Replaces the authority's events.
    static func writeRecruitmentEvents(
        authority: AuthorityCode, _ events: [RecruitmentEvent], _ db: any SQLDatabase
    ) async throws {
        var rows: [StoredValue] = []
        for event in events { event.appendRow(to: &rows) }
        try await db.delete(from: "recruitment_events").where("authority", .equal, authority).run()
        try await SQLCareRecordRepository.insert(
            into: "recruitment_events", RecruitmentEvent.columns, values: rows, db)
    }
}
