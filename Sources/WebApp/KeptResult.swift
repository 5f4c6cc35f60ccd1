import CareModel
import CouncilTasks
import Forecasting

/// What the web app computes once and keeps while the data stands, one case per kind of result. The
/// parts are typed, so the page and the API that mean the same monitor share one key.
enum KeptResult: Hashable, Sendable {
    /// The overview's counts of a group of children (not its page: each role's page is made from them, as
    /// its disclosure allows).
    case overview(on: Day, ChildGroup)
    /// The month's monitor for an authority (`nil`: the only one held), counting on the programme plans on
    /// track or not.
    case monitor(AuthorityCode?, Period, DemandAllowance, plannedMoves: Bool)
    /// Every authority's register exceptions, for the Data page.
    case dataExceptions
    /// An authority's sufficiency gap under the rules asked for (the page and the API share it).
    case sufficiency(AuthorityCode, SufficiencyRules)
    /// An authority's foster care on the day its returns run to (which depends on today), against a target.
    case fostering(AuthorityCode, target: Int?, today: Day)
    /// An authority's children's homes on the day its returns run to.
    case homes(AuthorityCode, today: Day)
    /// An authority's programmes and their plans' savings on the day its returns run to (a plan's edit moves
    /// the data version on, so it is never shown stale).
    case programmes(AuthorityCode, today: Day)
    /// Saved scenarios of an authority compared against the baseline, by their ids in the order asked, with
    /// this many Monte-Carlo paths (saving or deleting a scenario moves the data version on).
    case scenarios(AuthorityCode, ids: [Int], paths: Int)
}
