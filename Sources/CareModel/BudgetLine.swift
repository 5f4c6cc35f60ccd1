/// A placement budget line in the council's ledger, with the rule that puts placements on it.
public struct BudgetLine: Hashable, Sendable, Codable {
    public var name: String
    /// Placement categories the line pays for; empty means any category.
    public var categories: Set<PlacementCategory>
    /// Provider registrations the line pays for; empty means any registration.
    public var registrations: Set<RegistrationStatus>

    public init(name: String, categories: Set<PlacementCategory> = [], registrations: Set<RegistrationStatus> = []) {
        self.name = name
        self.categories = categories
        self.registrations = registrations
    }

    /// Whether a placement of this category and registration belongs on the line. A placement whose
    /// registration is not recorded is taken to be registered (Ofsted), as almost all are.
    public func accepts(_ category: PlacementCategory?, registration: RegistrationStatus?) -> Bool {
        let categoryOK = categories.isEmpty || category.map(categories.contains) == true
        let registrationOK = registrations.isEmpty || registrations.contains(registration ?? .ofsted)
        return categoryOK && registrationOK
    }
}

/// The ordered budget lines of a financial year: a placement goes on the first line whose rule accepts
/// it, so a narrower line must come before a broader one that would also accept its placements.
public struct BudgetLineSet: Hashable, Sendable, Codable {
    public var lines: [BudgetLine]

    public init(lines: [BudgetLine]) { self.lines = lines }

    /// The seven placement lines of the seed's monitor (Plymouth, 2024-25), in its order. External
    /// Residential takes registered homes only, so an unregistered home falls to Unregistered, which comes
    /// before the fostering and supported lines; the last line takes the rest.
    public static let standard = BudgetLineSet(lines: [
        BudgetLine(name: "External Residential", categories: [.residentialExternal], registrations: [.ofsted, .cqc]),
        BudgetLine(name: "Unregistered", registrations: [.unregistered]),
        BudgetLine(name: "External Fostering (IFA)", categories: [.fosteringAgency]),
        BudgetLine(name: "In-House Foster Care", categories: [.fosteringInHouse]),
        BudgetLine(name: "In-House Connected Carers", categories: [.fosteringRelativeFriend]),
        BudgetLine(name: "External Supported Living", categories: [.supported]),
        BudgetLine(name: "Other Placement Settings"),
    ])

    /// The first line whose rule accepts a placement of this category and registration.
    public func line(for category: PlacementCategory?, registration: RegistrationStatus?) -> BudgetLine? {
        lines.first { $0.accepts(category, registration: registration) }
    }

    /// The line for a register entry: its named line when that line exists, otherwise the rules.
    public func line(for cost: PlacementCost) -> BudgetLine? {
        if let name = cost.budgetLine, let named = lines.first(where: { $0.name == name }) { return named }
        return line(for: cost.category, registration: cost.registration)
    }
}

/// What a budget line was given for a financial year when the budget was set.
public struct LineBudget: Hashable, Sendable, Codable {
    public var authority: AuthorityCode
    public var year: FinancialYear
    public var line: String
    /// The estimated number of children the budget was built on ("Estimated numbers").
    public var budgetedChildren: Int
    public var budget: Money

    public init(authority: AuthorityCode, year: FinancialYear, line: String, budgetedChildren: Int, budget: Money) {
        self.authority = authority
        self.year = year
        self.line = line
        self.budgetedChildren = budgetedChildren
        self.budget = budget
    }
}
