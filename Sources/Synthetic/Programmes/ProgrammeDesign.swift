import CareModel

/// The programmes the generator gives a council, as the council papers describe them: STEPs (stepping
/// children down from residential homes to foster families), Right Child Right Care (children settled with
/// foster or kinship carers leaving care by a special guardianship or child arrangements order),
/// reunification (children going home to their parents) and, in some councils, step-forward (16 and 17
/// year olds in residential homes moving on to supported accommodation).
enum ProgrammeDesign: CaseIterable, Sendable {
    case steps, rightChildRightCare, reunification, stepForward

    /// The council's reference for the programme.
    var id: String {
        switch self {
        case .steps: "STEPS"
        case .rightChildRightCare: "RCRC"
        case .reunification: "HOME"
        case .stepForward: "FWD"
        }
    }

    var name: String {
        switch self {
        case .steps: "STEPs: residential to foster care"
        case .rightChildRightCare: "Right Child Right Care"
        case .reunification: "Reunification: home to parents"
        case .stepForward: "Step forward to supported accommodation"
        }
    }

    var kind: ProgrammeKind {
        switch self {
        case .steps: .stepDown
        case .rightChildRightCare: .permanence
        case .reunification: .reunification
        case .stepForward: .stepForward
        }
    }

    /// How many plans a typical-size council has in the programme (scaled by the council's size).
    var typicalPlans: ClosedRange<Int> {
        switch self {
        case .steps: 10...16
        case .rightChildRightCare: 8...14
        case .reunification: 6...12
        case .stepForward: 3...7
        }
    }

    /// The share of the plans that are achieved, when that many children really moved.
    var achievedShare: ClosedRange<Double> {
        switch self {
        case .steps: 0.10...0.25
        case .rightChildRightCare, .reunification: 0.30...0.45
        case .stepForward: 0.25...0.40
        }
    }

    /// The child's age on the day the plan is identified.
    var ages: ClosedRange<Int> {
        switch self {
        case .steps: 5...16
        case .rightChildRightCare: 1...15
        case .reunification: 0...16
        case .stepForward: 16...17
        }
    }

    /// How long the child has been in the placement when the plan is identified: a year for permanence
    /// (settled with the carers), a few weeks or months otherwise.
    var settledDays: Int {
        switch self {
        case .steps, .stepForward: 60
        case .rightChildRightCare: 365
        case .reunification: 28
        }
    }

    /// Whether a child living in a home of `category` is who the programme works with.
    func startsFrom(_ category: PlacementCategory) -> Bool {
        switch self {
        case .steps, .stepForward: category == .residentialExternal
        case .rightChildRightCare: category.group == .fostering
        case .reunification: [.fostering, .residential, .supported].contains(category.group)
        }
    }

    /// The stages a plan goes through before the child moves.
    var stages: [PlanStatus] {
        switch self {
        case .steps, .stepForward: [.panelAgreed, .searching, .matched, .moving]
        case .rightChildRightCare, .reunification: [.panelAgreed, .moving]
        }
    }

    /// The teams that lead the programme's plans.
    var owners: [String] {
        switch self {
        case .steps: ["Placements team", "Fostering team"]
        case .rightChildRightCare: ["Fostering team"]
        case .reunification: ["Edge of care team"]
        case .stepForward: ["Placements team", "Leaving care team"]
        }
    }

    /// How likely a plan is to carry a one-off cost, and its range in pounds.
    var oneOff: (chance: Double, pounds: ClosedRange<Int>) {
        switch self {
        case .steps: (chance: 0.35, pounds: 2_000...10_000)
        case .rightChildRightCare: (chance: 0.30, pounds: 2_000...6_000)
        case .reunification: (chance: 0.50, pounds: 3_000...15_000)
        case .stepForward: (chance: 0.25, pounds: 2_000...5_000)
        }
    }
}
