import CareModel

/// How one plan moves through its programme's stages from the day it is identified: each stage some days
/// after the last, every change on a later day than the one before.
struct PlanTimeline: Sendable {
    /// The programme's stages before the move, in order.
    let stages: [PlanStatus]
    let identified: Day

    /// Days from one stage to the next, by the stage reached: panel a few weeks after identification, a
    /// search started soon after, a match found after months, the move prepared in weeks.
    static func gap(to status: PlanStatus, random: inout SeededRandom) -> Int {
        switch status {
        case .panelAgreed: random.int(in: 10...45)
        case .searching: random.int(in: 5...30)
        case .matched: random.int(in: 30...150)
        default: random.int(in: 10...40)
        }
    }

    /// The changes of a plan that has reached `stages[..<reached]` at most, each on or before `last`.
    func running(reached: Int, until last: Day, random: inout SeededRandom) -> [PlanStatusChange] {
        var changes: [PlanStatusChange] = []
        var day = identified
        for status in stages.prefix(reached) {
            day = day.adding(days: PlanTimeline.gap(to: status, random: &random))
            guard day <= last else { break }
            changes.append(PlanStatusChange(day: day, status: status))
        }
        return changes
    }

    /// The changes of a plan stopped on `day` (on hold or out of scope, with its reason): the stages it
    /// reached before, then the stop.
    func stopped(
        on day: Day, status: PlanStatus, reason: String, random: inout SeededRandom
    ) -> [PlanStatusChange] {
        let reached = random.int(in: 0...stages.count)
        var changes = running(reached: reached, until: day.adding(days: -1), random: &random)
        changes.append(PlanStatusChange(day: day, status: status, reason: reason))
        return changes
    }

    /// The changes of a plan achieved on `day` (after `identified`): its stages spread over the time
    /// between, as far as whole days allow, then achieved on the day of the move.
    func achieved(on day: Day, random: inout SeededRandom) -> [PlanStatusChange] {
        let span = identified.days(to: day)
        var changes: [PlanStatusChange] = []
        var previous = identified
        for (i, status) in stages.enumerated() {
            let share = (Double(i + 1) + random.double(in: -0.3...0.3)) / Double(stages.count + 1)
            let next = identified.adding(days: Int(Double(span) * share))
            guard next > previous, next < day else { continue }
            changes.append(PlanStatusChange(day: next, status: status))
            previous = next
        }
        changes.append(PlanStatusChange(day: day, status: .achieved))
        return changes
    }
}
