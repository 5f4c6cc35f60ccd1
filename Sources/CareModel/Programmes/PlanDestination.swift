/// Where a plan means the child to go: a kind of home, or out of care altogether (home to parents under
/// no order, a special guardianship or child arrangements order).
public enum PlanDestination: Sendable, Hashable, Codable, Comparable {
    case home(PlacementCategory)
    case leavesCare

    /// The code in files and forms: a placement category's code, or "leaves-care".
    public var code: String {
        switch self {
        case .home(let category): category.rawValue
        case .leavesCare: "leaves-care"
        }
    }

    public init?(code: some StringProtocol) {
        let text = String(code).lowercased()
        if text == "leaves-care" {
            self = .leavesCare
        } else if let category = PlacementCategory(rawValue: text) {
            self = .home(category)
        } else {
            return nil
        }
    }

    public var label: String {
        switch self {
        case .home(let category): category.label
        case .leavesCare: "Leaves care (home, special guardianship or child arrangements order)"
        }
    }

    /// Whether a placement of `category` fulfils the plan: any home of the same group counts (a
    /// step-down to fostering achieved with an agency carer is still achieved; it is priced from what was
    /// bought).
    public func isMet(by category: PlacementCategory) -> Bool {
        switch self {
        case .home(let target): target.group == category.group
        case .leavesCare: false
        }
    }

    public static func < (a: PlanDestination, b: PlanDestination) -> Bool { a.code < b.code }
}
