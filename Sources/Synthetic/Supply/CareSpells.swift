/// The days a carer (a foster household, a children's home, a block contract) looks after each of its
/// children, as closed ranges of day ordinals: a placement runs from its first day to its end day, both
/// counted, and one still open at the data end runs one day past it.
///
/// Counting the end day as well means a child leaving and another arriving the same day take two places
/// that day, so a carer built to fit these spells is never over its places however a reader counts the
/// day a placement ends (the returns' DECOM ≤ day < DEC, or the costs register's paid days).
struct CareSpells: Sendable {
    private(set) var spells: [ClosedRange<Int>] = []
    /// The earliest first day and the latest last day, kept as spells are added.
    private(set) var firstDay: Int?
    private(set) var lastDay: Int?

    var isEmpty: Bool { spells.isEmpty }

    mutating func add(_ spell: ClosedRange<Int>) {
        spells.append(spell)
        firstDay = min(firstDay ?? spell.lowerBound, spell.lowerBound)
        lastDay = max(lastDay ?? spell.upperBound, spell.upperBound)
    }

    /// Most children at once on any day of `days`.
    func peak(during days: ClosedRange<Int>) -> Int {
        var changes: [(day: Int, delta: Int)] = []
        for spell in spells where spell.overlaps(days) {
            changes.append((max(spell.lowerBound, days.lowerBound), 1))
            changes.append((min(spell.upperBound, days.upperBound) + 1, -1))
        }
        // A spell ending the day before another starts frees its place first.
        changes.sort { ($0.day, $0.delta) < ($1.day, $1.delta) }
        var current = 0, most = 0
        for change in changes {
            current += change.delta
            most = max(most, current)
        }
        return most
    }

    /// Most children at once on any day.
    var busiest: Int {
        guard let firstDay, let lastDay else { return 0 }
        return peak(during: firstDay...lastDay)
    }

    /// Whether a child staying for `spell` fits alongside the others in `places`.
    func fits(_ spell: ClosedRange<Int>, places: Int) -> Bool { peak(during: spell) < places }

    /// Children there on `day` the way the returns count them: from the first day up to, not including,
    /// the end day (an open placement's spell ends the day after the data end, so it counts on the last day).
    func count(on day: Int) -> Int {
        spells.reduce(0) { $0 + ($1.lowerBound <= day && day < $1.upperBound ? 1 : 0) }
    }

    /// Stretches of at least `minimum` days within `days` when no child is there, in day order.
    func idleStretches(within days: ClosedRange<Int>, minimum: Int) -> [ClosedRange<Int>] {
        var stretches: [ClosedRange<Int>] = []
        var cursor = days.lowerBound
        for spell in spells.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let gapEnd = min(spell.lowerBound - 1, days.upperBound)
            if gapEnd - cursor + 1 >= minimum { stretches.append(cursor...gapEnd) }
            cursor = max(cursor, spell.upperBound + 1)
            if cursor > days.upperBound { return stretches }
        }
        if days.upperBound - cursor + 1 >= minimum { stretches.append(cursor...days.upperBound) }
        return stretches
    }
}
