import CareModel

/// Recruit `households` in-house foster households, approved evenly from the scenario's start to `by`,
/// each with `placesEach` places. Their places take children who would otherwise be in `instead`
/// (agency foster homes, or external residential), as far as the projection has such children, at the
/// in-house price instead of theirs. `costPerHousehold` is what recruiting one costs (marketing,
/// assessment), spent as each is approved.
public struct RecruitLever: Sendable, Hashable, Codable {
    public var households: Int
    public var by: Day
    public var placesEach: Int
    public var instead: ReplacedHome
    public var costPerHousehold: Money

    public init(
        households: Int, by: Day, placesEach: Int = 1, instead: ReplacedHome = .agencyFostering,
        costPerHousehold: Money = .zero
    ) {
        self.households = households
        self.by = by
        self.placesEach = placesEach
        self.instead = instead
        self.costPerHousehold = costPerHousehold
    }

    public var summary: String {
        "Recruit \(households) foster households (\(placesEach) place\(placesEach == 1 ? "" : "s") each) by "
            + "\(by.long), instead of \(instead.label.lowercased())"
    }
}

/// The homes a lever's new places replace.
public enum ReplacedHome: String, Sendable, Hashable, Codable, CaseIterable {
    case agencyFostering = "fostering-ifa"
    case externalResidential = "residential-external"

    public var label: String {
        switch self {
        case .agencyFostering: "Agency foster homes"
        case .externalResidential: "External residential homes"
        }
    }

    public var category: PlacementCategory {
        switch self {
        case .agencyFostering: .fosteringAgency
        case .externalResidential: .residentialExternal
        }
    }
}
