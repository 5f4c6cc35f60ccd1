import CareModel
import Forecasting
import Storage

/// The day the fostering and homes pages describe: the day the authority's returns run to (as the overview
/// counts), or today when there are none yet.
enum SupplyDay {
    static func of(_ authority: AuthorityCode, in store: HearthStore, today: Day, given: Day? = nil) async throws -> Day
    {
        if let given { return given }
        let histories = try await store.careRecords.histories(authorities: [authority])
        return CareSummary.dataDate(of: histories, today: today) ?? today
    }
}
