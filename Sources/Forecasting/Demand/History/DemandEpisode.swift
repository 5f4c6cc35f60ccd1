import CareModel

/// One row of the regional model's enriched episode table: an episode, or the part of one that lies in a
/// single age band (`ssda903/datacontainer.py`, `_add_age_change_eps`), with its neighbours' categories.
public struct DemandEpisode: Hashable, Sendable {
    /// DECOM, or the birthday on which this part began.
    public var start: Day
    /// DEC, or the birthday on which this part ended; `nil` while open.
    public var end: Day?
    /// Age band at the start (`age_bin`) and category of the placement (`placement_type`).
    public var state: DemandState
    /// Age band at the end (`end_age_bin`): the next band when the part ends on a band birthday.
    public var endBand: DemandAgeBand
    /// `placement_type_before`: the previous row's category when it ended on this row's start, else Not in care.
    public var before: DemandCategory
    /// `placement_type_after`: the next row's category when it starts on this row's end, else Not in care;
    /// `nil` ("None" in the regional code) while the episode is open.
    public var after: DemandCategory?

    public init(
        start: Day, end: Day?, state: DemandState, endBand: DemandAgeBand,
        before: DemandCategory = .notInCare, after: DemandCategory? = nil
    ) {
        self.start = start
        self.end = end
        self.state = state
        self.endBand = endBand
        self.before = before
        self.after = after
    }

    /// The state this row moves the child into on its end day (`end_bin`), or `nil` while open.
    public var destination: DemandState? {
        guard end != nil, let after else { return nil }
        return DemandState(endBand, after)
    }

    /// Whether the child counts in this row's stock on `day` (DECOM ≤ day < DEC, as the regional cumulative sum).
    public func isOpen(on day: Day) -> Bool {
        start <= day && (end.map { day < $0 } ?? true)
    }

    /// Whether this row starts a period of care (an entrant in the regional model).
    public var isEntry: Bool { before == .notInCare }
}
