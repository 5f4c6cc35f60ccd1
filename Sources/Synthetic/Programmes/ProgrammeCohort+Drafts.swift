import CareModel

extension ProgrammeCohort {
    /// The plan for `candidate`: achieved on the day of its move when it has one; otherwise running, on hold
    /// or out of scope, as what happened to the child's placement after the plan was identified allows.
    func draft(_ candidate: PlanCandidate, random: inout SeededRandom) -> PlanDraft {
        let timeline = PlanTimeline(stages: design.stages, identified: candidate.identified)
        let first = candidate.identified.adding(months: random.int(in: 2...9))
        let destination: PlanDestination, statuses: [PlanStatusChange], target: Day
        if let move = candidate.move {
            destination = move.destination
            statuses = timeline.achieved(on: move.day, random: &random)
            target = ProgrammeCohort.revisedTarget(first, movedOn: move.day)
        } else {
            destination = design.plannedDestination(random: &random)
            statuses = self.statuses(candidate, timeline: timeline, random: &random)
            target = revisedTarget(first, statuses: statuses, random: &random)
        }
        let plan = ProgrammePlan(
            authority: authority, id: "", programme: design.id, child: candidate.child,
            identified: candidate.identified, destination: destination,
            targetWeekly: design.targetWeekly(destination, random: &random), firstTargetDate: first,
            targetDate: target, oneOffCost: oneOffCost(random: &random), owner: random.element(of: design.owners),
            statuses: statuses)
        return PlanDraft(plan: plan, currentWeekly: candidate.stay.weekly(on: candidate.identified))
    }

    /// The changes of a plan whose child has not moved as the programme intends. When the placement ended
    /// first, the plan stops then: on hold or out of scope after a placement breakdown, out of scope when
    /// the child left care some other way. Otherwise most plans are still running at the data end, at the
    /// stage they have got to, and some are on hold or out of scope with the programme's reasons.
    func statuses(
        _ candidate: PlanCandidate, timeline: PlanTimeline, random: inout SeededRandom
    ) -> [PlanStatusChange] {
        if let end = candidate.stay.end {
            let day = min(dataEnd, end.adding(days: random.int(in: 0...14)))
            guard candidate.record.stay(startingOn: end) != nil else {
                return timeline.stopped(
                    on: day, status: .outOfScope, reason: "left care by another route", random: &random)
            }
            let status: PlanStatus = random.chance(0.5) ? .onHold : .outOfScope
            return timeline.stopped(on: day, status: status, reason: "placement breakdown", random: &random)
        }
        let room = candidate.identified.days(to: dataEnd)
        let dropWeight = design == .rightChildRightCare ? 25.0 : 12.0
        let choices: [(PlanStatus?, Double)] = [(nil, 70), (.onHold, 15), (.outOfScope, dropWeight)]
        guard room >= 45, let stop = random.pick(choices) else {
            let reached = random.pick(Array(zip(0...design.stages.count, design.progressWeights)))
            return timeline.running(reached: reached, until: dataEnd, random: &random)
        }
        let reasons = stop == .onHold ? design.holdReasons : design.dropReasons
        let day = candidate.identified.adding(days: random.int(in: 30...room))
        return timeline.stopped(on: day, status: stop, reason: random.element(of: reasons), random: &random)
    }

    /// The target date now of a plan achieved on `day`: the first one, put back by whole months (four at
    /// most) when the move came more than a fortnight after it.
    static func revisedTarget(_ first: Day, movedOn day: Day) -> Day {
        let late = first.days(to: day)
        return late > 14 ? first.adding(months: min(4, (late + 29) / 30)) : first
    }

    /// The target date now of a plan not achieved: most plans past their first target by the data end have
    /// slipped one to four months, and a few others too.
    func revisedTarget(_ first: Day, statuses: [PlanStatusChange], random: inout SeededRandom) -> Day {
        let stopped = statuses.last?.status.needsReason ?? false
        let chance = stopped ? 0.2 : first < dataEnd ? 0.75 : 0.15
        return random.chance(chance) ? first.adding(months: random.int(in: 1...4)) : first
    }

    /// A support package or assessment paid once for the move, for some plans, in hundreds of pounds.
    func oneOffCost(random: inout SeededRandom) -> Money {
        guard random.chance(design.oneOff.chance) else { return .zero }
        return Money(pounds: Int64(random.int(in: design.oneOff.pounds) / 100 * 100))
    }
}
