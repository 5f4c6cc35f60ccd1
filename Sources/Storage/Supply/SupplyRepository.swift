import CareModel
import Foundation

/// The council's own supply of places: its foster households (with their status over time), its children's
/// homes and block contracts, and the recruitment of new foster households. Sufficiency planning counts
/// places against the placements in the costs register that name a household or home as their `carer`.
///
/// Each register is replaced whole per authority, as the costs register is: importing the same file again
/// leaves the same register, and every replacement is an import version that `hearth import undo` can put
/// back. Reads of `nil` authorities mean every authority; of an empty set, none.
public protocol SupplyRepository: Sendable {
    /// The authorities' households sorted by authority, then reference, each with its status changes in day
    /// order.
    func households(authorities: Set<AuthorityCode>?) async throws -> [Household]

    /// In ONE transaction: replace the authority's households and their status changes with `households`,
    /// and record the import as a version that can be undone. Every household must belong to `authority`;
    /// otherwise nothing is written and `StorageError.saveFailed` is thrown.
    func replaceHouseholds(authority: AuthorityCode, with households: [Household], importedAt: Date) async throws

    /// The authorities' children's homes and block contracts, sorted by authority, then reference.
    func homes(authorities: Set<AuthorityCode>?) async throws -> [ChildrensHome]

    /// In ONE transaction: replace the authority's homes with `homes` and record the import as a version.
    /// Every home must belong to `authority`; otherwise nothing is written (`StorageError.saveFailed`).
    func replaceHomes(authority: AuthorityCode, with homes: [ChildrensHome], importedAt: Date) async throws

    /// The authorities' recruitment events, sorted by authority, prospect, then stage (funnel order, a
    /// withdrawal last): one event per stage a prospect reached.
    func recruitmentEvents(authorities: Set<AuthorityCode>?) async throws -> [RecruitmentEvent]

    /// In ONE transaction: replace the authority's recruitment events with `events` and record the import as a
    /// version. Every event must belong to `authority`; otherwise nothing is written (`StorageError.saveFailed`).
    func replaceRecruitmentEvents(authority: AuthorityCode, with events: [RecruitmentEvent], importedAt: Date)
        async throws
}
