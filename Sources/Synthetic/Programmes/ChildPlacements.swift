import CareModel

/// One child of the costs register as the programmes see them: date of birth, placements in start order,
/// and why each period of care ended (as the returns code it), by the day it ended.
struct ChildPlacements: Sendable {
    var child: String
    var dateOfBirth: Day
    /// The child's placements in the costs register, by first day.
    var stays: [ProgrammeStay]
    /// REC of each episode that ended a period of care, by its end day.
    var exits: [Day: ReasonEpisodeCeased]

    func age(on day: Day) -> Int { dateOfBirth.age(on: day) }

    /// The placement that starts on `day`, if one does.
    func stay(startingOn day: Day) -> ProgrammeStay? { stays.first { $0.start == day } }

    /// Every child with a placement in `costs`, by child ID, with the date of birth and care exits of
    /// `histories` (a child missing from them, which does not happen, is left out).
    static func gather(costs: [PlacementCostRow], histories: [ChildHistory]) -> [ChildPlacements] {
        var births: [String: Day] = [:]
        var exits: [String: [Day: ReasonEpisodeCeased]] = [:]
        for history in histories {
            births[history.child.id] = history.child.dateOfBirth
            for episode in history.episodes {
                guard let end = episode.end, let reason = episode.reasonEnded, reason.leavesCare else { continue }
                exits[history.child.id, default: [:]][end] = reason
            }
        }
        var result: [ChildPlacements] = []
        for stay in ProgrammeStay.gather(costs) {
            if result.last?.child == stay.child {
                result[result.count - 1].stays.append(stay)
            } else if let birth = births[stay.child] {
                result.append(
                    ChildPlacements(
                        child: stay.child, dateOfBirth: birth, stays: [stay], exits: exits[stay.child] ?? [:]))
            }
        }
        return result
    }
}
