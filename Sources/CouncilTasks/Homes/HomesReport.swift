import CareModel
import Forecasting
import Storage

/// The council's children's homes and block beds on a day — beds, children placed, empty beds — and, for
/// each of the 12 months to that day, empty bed-days and what the empty block beds cost. What `hearth homes`,
/// the Homes page and the API show.
public struct HomesReport: Sendable {
    public var authority: AuthorityCode
    public var day: Day
    public var homes: [ChildrensHome]
    public var occupancy: [HomeOccupancy]
    /// Per month (oldest first), each home's bed-days, empty bed-days and empty block-bed cost.
    public var months: [(month: Day, homes: [HomeOccupancy.Month])]

    /// The cost of empty block beds over the 12 months.
    public var emptyBlockCost: Money {
        months.reduce(Money.zero) { total, month in
            month.homes.reduce(total) { $0 + ($1.emptyBedCost ?? .zero) }
        }
    }

    public static func load(authority: AuthorityCode, on day: Day? = nil, store: HearthStore, today: Day)
        async throws -> HomesReport
    {
        let day = try await SupplyDay.of(authority, in: store, today: today, given: day)
        let homes = try await store.supply.homes(authorities: [authority])
        let register = try await store.budget.costs(authority: authority)
        let months = (0..<12).reversed().map { back in
            let first = day.startOfMonth.adding(months: -back)
            let last = min(first.endOfMonth, day)
            return (first, HomeOccupancy.month(homes: homes, register: register, from: first, through: last))
        }
        return HomesReport(
            authority: authority, day: day, homes: homes,
            occupancy: HomeOccupancy.onDay(homes: homes, register: register, on: day), months: months)
    }
}
