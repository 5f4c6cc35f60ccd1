import CareModel
import Forecasting
import Storage

/// An authority's programmes on a day: each programme's plans priced from the registers, its cohort table,
/// totals by status, its year month by month and its savings target. What `hearth programme`, the
/// Programmes pages and the API show.
public struct ProgrammesReport: Sendable {
    public var authority: AuthorityCode
    /// The day the report describes: the day the authority's returns run to, unless given.
    public var day: Day
    public var programmes: [ProgrammeSavings]

    public init(authority: AuthorityCode, day: Day, programmes: [ProgrammeSavings]) {
        self.authority = authority
        self.day = day
        self.programmes = programmes
    }

    /// Loads the authority's programme register, children and costs register, and prices every plan.
    public static func load(authority: AuthorityCode, on day: Day? = nil, store: HearthStore, today: Day)
        async throws -> ProgrammesReport
    {
        let one: Set<AuthorityCode> = [authority]
        let day = try await SupplyDay.of(authority, in: store, today: today, given: day)
        let facts = try await planFacts(authority: authority, store: store)
        let programmes = try await store.programmes.programmes(authorities: one)
        return ProgrammesReport(
            authority: authority, day: day,
            programmes: programmes.map { ProgrammeSavings(programme: $0, facts: facts, asOf: day) })
    }

    /// Every plan of the authority with its child's date of birth and placements in the costs register.
    public static func planFacts(authority: AuthorityCode, store: HearthStore) async throws -> [PlanFacts] {
        let one: Set<AuthorityCode> = [authority]
        let plans = try await store.programmes.plans(authorities: one)
        guard !plans.isEmpty else { return [] }
        let births = Dictionary(
            try await store.careRecords.histories(authorities: one).map { ($0.child.id, $0.child.dateOfBirth) },
            uniquingKeysWith: { first, _ in first })
        let costs = Dictionary(grouping: try await store.budget.costs(authority: authority), by: \.child.child)
        return plans.map { PlanFacts(plan: $0, dateOfBirth: births[$0.child], placements: costs[$0.child] ?? []) }
    }

    /// The programme with reference `id`, if the authority has it.
    public func programme(_ id: String) -> ProgrammeSavings? {
        programmes.first { $0.programme.id == id }
    }

    /// The plan with reference `id` and its programme, if the authority has it.
    public func plan(_ id: String) -> (programme: ProgrammeSavings, plan: PlanSaving)? {
        for programme in programmes {
            if let plan = programme.plans.first(where: { $0.plan.id == id }) { return (programme, plan) }
        }
        return nil
    }
}
