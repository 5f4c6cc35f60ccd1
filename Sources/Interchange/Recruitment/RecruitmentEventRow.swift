import CareModel

/// Column names of recruitment-events.csv (see `RecruitmentEventReader`).
enum RecruitmentEventColumns {
    static let prospect = "prospect", stage = "stage", date = "date"
    static let required = [prospect, stage, date]
    static let channel = "channel", withdrawalReason = "withdrawal_reason"
    static let authority = ["la", "authority"]
    /// Every column, in the order `SupplyCSVWriter` writes them.
    static let all = required + [channel, withdrawalReason, "la"]
}

/// One row of recruitment-events.csv read and checked on its own: the event, and the row it came from.
/// A withdrawal needs its reason, and only a withdrawal has one.
struct RecruitmentEventRow {
    typealias C = RecruitmentEventColumns

    var row: Int
    var event: RecruitmentEvent

    var prospect: RegisterKey { RegisterKey(authority: event.authority, id: event.prospect) }

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> RecruitmentEventRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let prospect = r.required(C.prospect)
        let stage = r.choice(C.stage, "a recruitment stage", required: true, as: RecruitmentStage.self)
        let day = r.day(C.date, required: true)
        let channel = r.choice(C.channel, "a recruitment channel", as: RecruitmentChannel.self)
        let reason = r.choice(C.withdrawalReason, "a withdrawal reason", as: WithdrawalReason.self)
        let withdrawn = RecruitmentStage.withdrawn.rawValue
        if stage == .withdrawn && !r.isGiven(C.withdrawalReason) {
            r.problem(C.withdrawalReason, "is blank; a \(withdrawn) row needs it")
        } else if let stage, stage != .withdrawn, r.isGiven(C.withdrawalReason) {
            r.problem(C.withdrawalReason, "is only given when the stage is \(withdrawn)")
        }
        guard r.problems.isEmpty, let prospect, let stage, let day else { return nil }
        let event = RecruitmentEvent(
            authority: authority, prospect: prospect, stage: stage, day: day, channel: channel,
            withdrawalReason: reason)
        return RecruitmentEventRow(row: r.row, event: event)
    }
}
