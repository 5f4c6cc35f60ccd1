import CareModel

/// The legal statuses of a period: section 20 accommodation, or police protection and then care
/// proceedings (an interim care order, then a full care order or a placement order), or remand.
enum LegalTimeline {
    static func make(
        route: CareRoute, court: Bool, start: Day, end: Day, adoption: AdoptionTimeline?,
        random: inout SeededRandom
    ) -> [LegalChange] {
        var changes: [LegalChange]
        if route == .remand {
            changes = [LegalChange(day: start, status: .j1)]
        } else if court {
            changes = proceedings(start: start, adoption: adoption, random: &random)
        } else {
            let first = random.pick([(LegalStatus.v2, 88.0), (.l1, 8), (.l2, 4)])
            changes = [LegalChange(day: start, status: first)]
            if first != .v2 { changes.append(LegalChange(day: start.adding(days: random.int(in: 1...3)), status: .v2)) }
        }
        return tidy(changes, before: end)
    }

    /// Care proceedings: an interim order (perhaps after police protection or section 20), then the
    /// final order some eight months later: a care order, or a placement order when adoption is the plan.
    static func proceedings(start: Day, adoption: AdoptionTimeline?, random: inout SeededRandom) -> [LegalChange] {
        let first = random.pick([(LegalStatus.c1, 50.0), (.v2, 32), (.l1, 12), (.l2, 6)])
        var changes = [LegalChange(day: start, status: first)]
        var interim = start
        if first != .c1 {
            interim = start.adding(days: first == .v2 ? random.int(in: 20...150) : random.int(in: 1...3))
            changes.append(LegalChange(day: interim, status: .c1))
        }
        if let adoption {
            if random.chance(0.3) {
                changes.append(
                    LegalChange(day: adoption.placementOrder.adding(days: -random.int(in: 30...90)), status: .c2))
            }
            changes.append(LegalChange(day: adoption.placementOrder, status: .e1))
        } else {
            changes.append(
                LegalChange(day: interim.adding(days: Int(random.logNormal(median: 200, spread: 0.3))), status: .c2))
        }
        return changes
    }

    /// Keeps only changes strictly inside the period and strictly after the one before, so every
    /// episode lasts at least a day.
    static func tidy(_ changes: [LegalChange], before end: Day) -> [LegalChange] {
        var kept: [LegalChange] = []
        for change in changes where change.day < end {
            if let last = kept.last, change.day <= last.day { continue }
            kept.append(change)
        }
        return kept
    }
}
