import CareModel

/// One prospective household's events taken together, checked for what only shows across rows: a stage
/// reached twice, a later event at an earlier stage of the funnel, and anything after approval or
/// withdrawal, which end the journey.
struct RecruitmentJourney {
    typealias C = RecruitmentEventColumns

    /// The events in day order; on one day in funnel order (withdrawal last), then in file order.
    let rows: [RecruitmentEventRow]
    let file: String

    init(rows: [RecruitmentEventRow], file: String) {
        self.rows = rows.sorted { ($0.event.day, $0.event.stage, $0.row) < ($1.event.day, $1.event.stage, $1.row) }
        self.file = file
    }

    /// Every problem with the journey, one per event at most, in day order.
    var problems: [FileProblem] {
        var progress = Progress()
        return rows.compactMap { row in
            progress.problem(with: row).map {
                FileProblem(file: file, row: row.row, field: $0.field, message: $0.message)
            }
        }
    }

    /// How far the prospect has got, taken event by event in day order.
    private struct Progress {
        var reached: [RecruitmentStage: RecruitmentEventRow] = [:]
        /// The furthest stage of the funnel reached so far (withdrawal is not a stage of it).
        var furthest: RecruitmentEventRow?
        /// The approval or withdrawal that ended the journey.
        var ended: RecruitmentEventRow?

        /// What is wrong with `row` given the events before it (`nil`: nothing), then `row` taken into account.
        mutating func problem(with row: RecruitmentEventRow) -> (field: String, message: String)? {
            let event = row.event, stage = event.stage
            if let earlier = reached[stage] {
                return (C.stage, "prospect \(event.prospect) already reached \(stage.rawValue) \(Self.on(earlier))")
            }
            reached[stage] = row
            if let ended {
                return (
                    C.date,
                    "\(event.day.iso) is after prospect \(event.prospect)'s \(ended.event.stage.rawValue) "
                        + "\(Self.on(ended)); nothing follows an approval or a withdrawal"
                )
            }
            if stage == .approval || stage == .withdrawn { ended = row }
            guard stage != .withdrawn else { return nil }
            if let furthest, stage < furthest.event.stage {
                return (
                    C.stage,
                    "\(stage.rawValue) on \(event.day.iso) comes after \(furthest.event.stage.rawValue) "
                        + "\(Self.on(furthest)); a prospect moves forward through the stages"
                )
            }
            furthest = row
            return nil
        }

        /// "on 2024-05-01 (row 6)": when and where an earlier event is.
        static func on(_ row: RecruitmentEventRow) -> String { "on \(row.event.day.iso) (row \(row.row))" }
    }
}
