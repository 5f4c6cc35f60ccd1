/// A plan's stage, in the order plans move through them, or why it has stopped.
public enum PlanStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case identified
    case panelAgreed = "panel-agreed"
    case searching
    case matched
    case moving
    case achieved
    case onHold = "on-hold"
    case outOfScope = "out-of-scope"

    public var label: String {
        switch self {
        case .identified: "Identified"
        case .panelAgreed: "Agreed at panel"
        case .searching: "Searching"
        case .matched: "Matched"
        case .moving: "Moving"
        case .achieved: "Achieved"
        case .onHold: "On hold"
        case .outOfScope: "No longer in scope"
        }
    }

    /// The cohort column the council papers count the plan in.
    public var cohort: PlanCohort {
        switch self {
        case .achieved: .achieved
        case .panelAgreed, .searching, .matched, .moving: .onTrack
        case .identified, .onHold: .unconfirmed
        case .outOfScope: .outOfScope
        }
    }

    /// Whether the status needs a reason (why it is on hold or out of scope).
    public var needsReason: Bool { self == .onHold || self == .outOfScope }
}

/// The columns of a programme's cohort table, as the papers report them ("80 discharged, 55 on track, 19
/// yet to be confirmed, 67 no longer in scope").
public enum PlanCohort: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case achieved
    case onTrack = "on-track"
    case unconfirmed
    case outOfScope = "out-of-scope"

    public var label: String {
        switch self {
        case .achieved: "Achieved"
        case .onTrack: "On track"
        case .unconfirmed: "Yet to be confirmed"
        case .outOfScope: "No longer in scope"
        }
    }

    public static func < (a: PlanCohort, b: PlanCohort) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One change of a plan's status: the day, the new status, and the reason when it stops or pauses.
public struct PlanStatusChange: Sendable, Hashable, Codable {
    public var day: Day
    public var status: PlanStatus
    public var reason: String?

    public init(day: Day, status: PlanStatus, reason: String? = nil) {
        self.day = day
        self.status = status
        self.reason = reason
    }
}
