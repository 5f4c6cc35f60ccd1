import CareModel
import Forecasting
import Storage

/// The month the budget monitor opens on: the one after the latest closed month, or else the month of the
/// returns' data date (as of `today`).
public enum MonitorPeriod {
    public static func current(store: HearthStore, authority: AuthorityCode?, today: Day) async throws -> Period {
        if let authority, let closed = try await store.budget.closedPeriods(authority: authority).last {
            return closed.next
        }
        let histories = try await store.careRecords.histories(authorities: authority.map { [$0] })
        let day = CareSummary.dataDate(of: histories, today: today) ?? today
        return Period(calendarYear: day.year, month: day.month)
    }
}
