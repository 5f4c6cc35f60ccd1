/// Which of the council's fostering services a household belongs to.
public enum HouseholdKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Mainstream in-house foster carers.
    case mainstream
    /// Connected persons (kinship): family or friends approved for a particular child.
    case connected
    /// The council's specialist schemes: emergency, parent-and-child, step-down carers.
    case specialist

    public var label: String {
        switch self {
        case .mainstream: "Mainstream"
        case .connected: "Connected person (kinship)"
        case .specialist: "Specialist scheme"
        }
    }
}

/// What a household is approved for (a household may have several terms).
public enum FosteringTerm: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case shortTerm = "short-term"
    case longTerm = "long-term"
    case emergency
    case respite
    case parentAndChild = "parent-and-child"
    case remand

    public var label: String {
        switch self {
        case .shortTerm: "Short-term"
        case .longTerm: "Long-term"
        case .emergency: "Emergency"
        case .respite: "Respite"
        case .parentAndChild: "Parent and child"
        case .remand: "Remand"
        }
    }

    public static func < (a: FosteringTerm, b: FosteringTerm) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
