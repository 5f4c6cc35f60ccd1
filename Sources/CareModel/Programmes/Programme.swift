/// A council programme that moves children to better and cheaper homes — STEPs step-down, Right Child
/// Right Care, Coming Home, reunification, edge of care — with the savings the budget counts on it for.
///
/// The children's plans are held apart (`ProgrammePlan.programme` names the programme), so a programme
/// with hundreds of plans is still one small value.
public struct Programme: Sendable, Hashable, Codable {
    public var authority: AuthorityCode
    /// The council's reference for the programme ("STEPS", "RCRC"); unique within the authority.
    public var id: String
    public var name: String
    public var kind: ProgrammeKind
    /// The budget's savings line for the programme, one per financial year.
    public var savingsTargets: [SavingsTarget]

    public init(
        authority: AuthorityCode, id: String, name: String, kind: ProgrammeKind, savingsTargets: [SavingsTarget] = []
    ) {
        self.authority = authority
        self.id = id
        self.name = name
        self.kind = kind
        self.savingsTargets = savingsTargets.sorted { $0.year < $1.year }
    }

    /// The savings target for `year`; `nil` when the budget sets none.
    public func savingsTarget(for year: FinancialYear) -> Money? {
        savingsTargets.last { $0.year == year }?.amount
    }
}

/// The saving a programme is expected to deliver in one financial year (the budget's savings line).
public struct SavingsTarget: Sendable, Hashable, Codable {
    public var year: FinancialYear
    public var amount: Money

    public init(year: FinancialYear, amount: Money) {
        self.year = year
        self.amount = amount
    }
}
