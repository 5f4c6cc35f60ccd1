import CareModel

/// A mismatch between the costs register and the SSDA903 return, for the data-quality list.
public struct RegisterException: Hashable, Sendable, Codable {
    public enum Problem: String, Hashable, Sendable, Codable, CaseIterable {
        /// A cost entry whose start day is not the start of any of the child's SSDA903 episodes.
        case costWithoutEpisode = "cost-without-episode"
        /// A cost entry for a child who is not in the SSDA903 return at all.
        case childNotInReturn = "child-not-in-return"
        /// An SSDA903 placement open during the year with no cost entry starting on its start day.
        case placementWithoutCost = "placement-without-cost"
    }

    public var child: ChildKey
    public var placementStart: Day
    public var problem: Problem

    public init(child: ChildKey, placementStart: Day, problem: Problem) {
        self.child = child
        self.placementStart = placementStart
        self.problem = problem
    }

    /// What is wrong, in the council's words, naming the child and the day.
    public var message: String {
        let who = "child \(child.child)", when = placementStart.long
        switch problem {
        case .costWithoutEpisode:
            return "The costs register has a placement for \(who) starting \(when), but no SSDA903 episode "
                + "for this child starts that day. Check the start date in the register or the return."
        case .childNotInReturn:
            return "The costs register has a placement for \(who) starting \(when), but this child is not in "
                + "the SSDA903 return. Check the child's ID."
        case .placementWithoutCost:
            return "SSDA903 shows \(who) in a placement from \(when), but the costs register has no entry for "
                + "it, so it is missing from the budget monitor. Add its cost to the register."
        }
    }
}
