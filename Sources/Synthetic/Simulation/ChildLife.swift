import CareModel

/// A child's time in care: the first period, and further periods when a return home breaks down.
struct ChildLife: Sendable {
    let planner: CarePlanner

    /// Simulates every period of care of a child first entering on `entry`, up to `horizon`.
    func live(
        _ child: inout SimulatedChild, from entry: Day, horizon: Day, ledger: inout ResidentialLedger,
        random: inout SeededRandom
    ) {
        let eighteenth = child.dateOfBirth.birthday(18)
        var start = entry
        while true {
            let period = planner.plan(start: start, dateOfBirth: child.dateOfBirth, ledger: &ledger, random: &random)
            child.episodes.append(contentsOf: EpisodeAssembly.episodes(of: period, child: child.id))
            guard CareExit.comesBack(after: period.exit, random: &random) else { break }
            start = period.end.adding(days: max(14, Int(random.logNormal(median: 300, spread: 0.8))))
            if start > horizon || start.days(to: eighteenth) < 180 { break }
        }
        if child.sex == .female, random.chance(0.03) { child.babyBorn = babyDay(child, random: &random) }
    }

    /// A day while in care, on or after her 15th birthday, when a girl has a baby (if there is one).
    func babyDay(_ child: SimulatedChild, random: inout SeededRandom) -> Day? {
        let from = max(child.dateOfBirth.birthday(15), child.firstDay)
        let to = child.lastDay.adding(days: -1)
        guard from <= to else { return nil }
        return from.adding(days: random.int(in: 0...from.days(to: to)))
    }
}
