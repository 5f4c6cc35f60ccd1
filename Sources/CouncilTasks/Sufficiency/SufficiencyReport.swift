import CareModel
import Forecasting
import Storage

/// The sufficiency gap for one authority, from its data: the demand projection, the costs register, its foster
/// households, children's homes and recruitment pipeline. What `hearth sufficiency`, the Sufficiency page and
/// the API all show.
public struct SufficiencyReport: Sendable {
    public var authority: AuthorityCode
    public var rules: SufficiencyRules
    /// The day projected from: the end of the data.
    public var start: Day
    public var inputs: SufficiencyInputs
    public var rows: [SufficiencyGap.Row]
    /// Where the children in care lived at each of the 12 month ends to `start`: family-based, commissioned,
    /// far from home.
    public var whereChildrenLive: [WhereChildrenLive] = []

    /// The shortfall's cost over every month and kind.
    public var totalCost: Money { SufficiencyGap.totalCost(rows) }

    /// Loads the authority's data and works the gap out.
    ///
    /// - Throws: `DemandProjectionError` when there are no children to project from; storage errors.
    public static func load(authority: AuthorityCode, rules: SufficiencyRules = .standard, store: HearthStore)
        async throws -> SufficiencyReport
    {
        let one: Set<AuthorityCode> = [authority]
        let histories = try await store.careRecords.histories(authorities: one)
        let projection = try await DemandProjection.run(
            DemandProjectionSettings(months: rules.months), histories: histories)
        let supply = SupplyRegisters(
            costs: try await store.budget.costs(authority: authority),
            households: try await store.supply.households(authorities: one),
            homes: try await store.supply.homes(authorities: one),
            events: try await store.supply.recruitmentEvents(authorities: one))
        let inputs = supply.inputs(projection: projection, rules: rules)
        return SufficiencyReport(
            authority: authority, rules: rules, start: projection.start, inputs: inputs,
            rows: SufficiencyGap.rows(inputs),
            whereChildrenLive: WhereChildrenLive.trend(of: histories, months: 12, through: projection.start))
    }
}
