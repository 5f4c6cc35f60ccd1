import CareModel
import SQLKit

/// How a recruitment event is stored: one `recruitment_events` row, keyed by authority, prospect and stage.
extension RecruitmentEvent {
    static let columns = ["authority", "prospect", "stage", "day", "channel", "withdrawal_reason"]

    func appendRow(to values: inout [StoredValue]) {
        values += [
            .text(authority), .text(prospect), .text(stage.rawValue), .text(day.iso),
            StoredValue(channel?.rawValue), StoredValue(withdrawalReason?.rawValue),
        ]
    }

    /// Reads an event from a `recruitment_events` row.
    init(row: any SQLRow) throws {
        self.init(
            authority: try row.text("authority"), prospect: try row.text("prospect"), stage: try row.code("stage"),
            day: try row.day("day"), channel: try row.optionalCode("channel"),
            withdrawalReason: try row.optionalCode("withdrawal_reason"))
    }
}
