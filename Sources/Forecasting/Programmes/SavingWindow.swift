import CareModel

/// The days a plan's saving runs over, and their price: the arithmetic behind `PlanSaving`.
struct SavingWindow {
    let facts: PlanFacts
    let year: FinancialYear

    var currentWeekly: Money? { facts.currentPlacement?.netWeekly(on: facts.plan.identified) }

    var weeklySaving: Money { currentWeekly.map { $0 - facts.plan.targetWeekly } ?? .zero }

    /// The last day any saving is claimed: the day before 18 (unless the placement continues past it) and
    /// the current placement's planned end.
    var cap: Day? {
        let current = facts.currentPlacement
        var caps: [Day] = []
        if let eighteen = facts.dayBeforeEighteen, current?.continuesPast18 != true { caps.append(eighteen) }
        if let planned = current?.plannedEnd { caps.append(planned) }
        return caps.min()
    }

    /// The last day of `horizon` for a move on `start`, capped.
    func lastDay(_ horizon: SavingHorizon, from start: Day) -> Day? {
        let last: Day
        switch horizon {
        case .inYear: last = year.last
        case .fullYear: last = start.adding(days: 364)
        case .toEighteen:
            guard let eighteen = facts.dayBeforeEighteen else { return nil }
            last = eighteen
        }
        return cap.map { min($0, last) } ?? last
    }

    /// The saving from a move on `start` to each horizon, less one-off costs when the move falls inside
    /// it. In-year counts only this financial year's days.
    func anticipated(from start: Day) -> SavingHorizons {
        guard currentWeekly != nil else { return .zero }
        func saving(_ horizon: SavingHorizon) -> Money {
            guard let last = lastDay(horizon, from: start) else { return .zero }
            let first = horizon == .inYear ? max(start, year.first) : start
            let days = first.days(to: last) + 1
            guard days > 0 else { return .zero }
            let oneOff = horizon == .inYear && !year.contains(start) ? .zero : facts.plan.oneOffCost
            return Money.weekly(weeklySaving, days: days) - oneOff
        }
        return SavingHorizons(
            inYear: saving(.inYear), fullYear: saving(.fullYear), toEighteen: saving(.toEighteen))
    }

    /// The saving the move has made from `from` through `through`: each day the old home's weekly cost
    /// less the new home's that day, summed in pence and divided by 7 once; less the one-off cost when the
    /// move falls inside. Stops when the new placement ends (a later move is a new story) and at the cap.
    func realised(move: PlanMove, from: Day, through: Day) -> Money {
        guard let old = currentWeekly else { return .zero }
        var last = through
        if let cap { last = min(last, cap) }
        if let end = move.newPlacement?.placementEnd { last = min(last, end) }
        guard from <= last else { return .zero }
        var numerator: Int64 = 0
        var day = from
        while day <= last {
            let new = move.newPlacement?.netWeekly(on: day) ?? facts.plan.targetWeekly
            numerator += (old - new).pence
            day = day.adding(days: 1)
        }
        let oneOff = from <= move.day ? facts.plan.oneOffCost : .zero
        return Money.weekly(Money(pence: numerator), days: 1) - oneOff
    }
}
