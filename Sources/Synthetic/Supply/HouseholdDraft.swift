import CareModel

/// A foster household while the council's supply is being built: its places, the children matched to it
/// and its status changes, before the details a fostering register holds are filled in.
struct HouseholdDraft: Sendable {
    /// Which service the household is with; the specialist schemes are told apart for matching.
    enum Scheme: Sendable, Hashable {
        case mainstream, connected, emergency, parentAndChild

        var kind: HouseholdKind {
            switch self {
            case .mainstream: .mainstream
            case .connected: .connected
            case .emergency, .parentAndChild: .specialist
            }
        }
    }

    var scheme: Scheme
    var places: Int
    var approved: Day
    var spells = CareSpells()
    var placements: [SupplyPlacement] = []
    /// Status changes in day order (nothing before approval: approved from `approved`).
    var statuses: [HouseholdStatusChange] = []
    /// "FC-0001", given once every household is known (they are numbered in order of approval).
    var id = ""

    init(scheme: Scheme, places: Int, approved: Day) {
        self.scheme = scheme
        self.places = places
        self.approved = approved
    }

    mutating func take(_ placement: SupplyPlacement) {
        spells.add(placement.spell)
        placements.append(placement)
    }

    /// The day the household resigned, when it has.
    var resigned: Day? { statuses.last { $0.status == .resigned }?.day }

    /// Whether the household is a foster household on `day`: approved by then and not yet resigned.
    func isActive(on day: Day) -> Bool { approved <= day && (resigned.map { $0 > day } ?? true) }

    /// Gives every household its reference, "FC-0001" onwards, in order of approval (then of creation).
    static func number(_ drafts: inout [HouseholdDraft]) {
        let order = drafts.indices.sorted { (drafts[$0].approved, $0) < (drafts[$1].approved, $1) }
        for (n, index) in order.enumerated() {
            let digits = String(n + 1)
            drafts[index].id = "FC-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        }
    }
}
