/// The kinds of programme the council papers report, and the council's own.
public enum ProgrammeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// From residential to fostering (STEPs).
    case stepDown = "step-down"
    /// From a children's home or foster home to supported accommodation at 16 or 17.
    case stepForward = "step-forward"
    /// Home to parents, with support.
    case reunification
    /// Leaving care to a special guardian or kinship carer (Right Child Right Care).
    case permanence
    /// Back from placements out of the area (Coming Home).
    case comingHome = "coming-home"
    /// Children kept out of care or returned quickly by the edge of care team.
    case edgeOfCare = "edge-of-care"
    case other

    public var label: String {
        switch self {
        case .stepDown: "Step-down to fostering"
        case .stepForward: "Step-forward to supported accommodation"
        case .reunification: "Reunification"
        case .permanence: "Special guardianship and kinship exits"
        case .comingHome: "Coming home from out of area"
        case .edgeOfCare: "Edge of care"
        case .other: "Council programme"
        }
    }
}
