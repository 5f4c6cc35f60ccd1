import CareModel

/// One lever a council pulls, in its own terms. A scenario is a list of them applied to the projection and
/// the costs register.
public enum Lever: Sendable, Hashable, Codable {
    /// Recruit in-house foster households by a date; children who would otherwise go to agency foster
    /// homes (or residential) are placed in their places.
    case recruit(RecruitLever)
    /// Open an in-house children's home.
    case openHome(HomeLever)
    /// Buy a block contract of beds.
    case block(BlockLever)
    /// Step children down from external residential to fostering or supported accommodation.
    case stepDown(StepDownLever)
    /// Change entries into care by a percentage from a date (edge of care, family help).
    case entries(EntriesLever)
    /// A price uplift for a kind of home from a date.
    case priceUplift(PriceUpliftLever)
    /// The regional model's raw rate adjustments.
    case rates([RateAdjustment])

    /// What the lever does, in a sentence.
    public var summary: String {
        switch self {
        case .recruit(let lever): lever.summary
        case .openHome(let lever): lever.summary
        case .block(let lever): lever.summary
        case .stepDown(let lever): lever.summary
        case .entries(let lever): lever.summary
        case .priceUplift(let lever): lever.summary
        case .rates(let adjustments): "\(adjustments.count) rate adjustment\(adjustments.count == 1 ? "" : "s")"
        }
    }

    /// Whether the lever changes the projection itself (so it is run again) rather than the register.
    var changesProjection: Bool {
        switch self {
        case .entries, .rates: true
        default: false
        }
    }
}

/// Which children a lever moves: named by their CHILD references, or chosen by a rule.
public enum ChildSelection: Sendable, Hashable, Codable {
    case named([String])
    /// The `count` highest-cost children aged `youngest`–`oldest` (on the scenario's start) whose home on the
    /// start day is of `category`.
    case highestCost(count: Int, category: PlacementCategory, youngest: Int, oldest: Int)

    public var summary: String {
        switch self {
        case .named(let children): "children \(children.joined(separator: ", "))"
        case .highestCost(let count, let category, let youngest, let oldest):
            "the \(count) highest-cost children aged \(youngest)–\(oldest) in \(category.label.lowercased())"
        }
    }
}
