import CareModel
import Forecasting
import Storage

/// The council's foster care on a day: every household's places, children placed, places on hold and
/// vacancies; the year's void place-days by reason; the recruitment funnel by financial year, its
/// conversions and lags; the pipeline's expected approvals over the next 12 months, and the year's net change
/// in households against the target. What `hearth fostering`, the Fostering page and the API show.
public struct FosteringReport: Sendable {
    public var authority: AuthorityCode
    public var day: Day
    public var households: [Household]
    public var occupancy: HouseholdOccupancy
    /// Void place-days in the 12 months to `day`.
    public var voids: VoidDays
    public var funnel: RecruitmentFunnel
    /// Stages reached in each of the last three financial years (the current one so far).
    public var years: [StageCounts]
    public var forecast: PipelineForecast
    public var netChange: NetHouseholdChange

    /// Loads the authority's registers. `day`: the day to describe (default: the day its returns run to);
    /// `yearlyTarget`: new households wanted a year, for the net change.
    public static func load(
        authority: AuthorityCode, on day: Day? = nil, yearlyTarget: Int? = nil, store: HearthStore, today: Day
    ) async throws -> FosteringReport {
        let one: Set<AuthorityCode> = [authority]
        let day = try await SupplyDay.of(authority, in: store, today: today, given: day)
        let households = try await store.supply.households(authorities: one)
        let register = try await store.budget.costs(authority: authority)
        let homes = try await store.supply.homes(authorities: one)
        let funnel = RecruitmentFunnel(events: try await store.supply.recruitmentEvents(authorities: one), asAt: day)
        let year = FinancialYear(containing: day)
        return FosteringReport(
            authority: authority, day: day, households: households,
            occupancy: HouseholdOccupancy(households: households, register: register, on: day, homes: homes),
            voids: VoidDays(
                households: households, register: register, from: day.adding(months: -12).adding(days: 1), through: day),
            funnel: funnel, years: funnel.yearly(from: FinancialYear(year.startYear - 2), through: year),
            forecast: PipelineForecast(funnel: funnel),
            netChange: funnel.netChange(
                households: households, from: year.first, through: day, yearlyTarget: yearlyTarget))
    }
}
