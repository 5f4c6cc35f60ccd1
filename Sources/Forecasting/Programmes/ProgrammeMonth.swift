import CareModel

/// One month of a programme's year: the saving its achieved and on-track plans are expected to make in
/// the month, and what the moves the register shows actually saved.
public struct ProgrammeMonth: Sendable, Hashable, Codable {
    public var period: Period
    public var anticipated: Money
    public var realised: Money

    public init(period: Period, anticipated: Money, realised: Money) {
        self.period = period
        self.anticipated = anticipated
        self.realised = realised
    }
}

extension SavingWindow {
    /// The anticipated saving falling in `period`, for a move on `start`: the days of the month from the
    /// move to the cap, less the one-off cost in the month of the move.
    func anticipated(in period: Period, from start: Day) -> Money {
        guard currentWeekly != nil else { return .zero }
        var last = period.last
        if let cap { last = min(last, cap) }
        let first = max(start, period.first)
        guard first <= last else { return .zero }
        let oneOff = start >= period.first && start <= period.last ? facts.plan.oneOffCost : .zero
        return Money.weekly(weeklySaving, days: first.days(to: last) + 1) - oneOff
    }
}
