import CareModel
import Foundation

/// The council's programme register: the programmes that move children to better and cheaper homes (with the
/// savings the budget counts on them for), and each child's plan in them with how it has moved on.
///
/// The register is replaced whole per authority, as the supply registers are: importing the same file again
/// leaves the same register, and every replacement is an import version that `hearth import undo` can put
/// back. Between imports, one plan at a time is edited from the Programmes page (its status, target date and
/// owner); the caller audits the edit. Reads of `nil` authorities mean every authority; of an empty set, none.
public protocol ProgrammeRepository: Sendable {
    /// The authorities' programmes sorted by authority, then reference, each with its savings targets in year
    /// order.
    func programmes(authorities: Set<AuthorityCode>?) async throws -> [Programme]

    /// The authorities' children's plans sorted by authority, then reference, each with its status changes in
    /// day order (changes on the same day in the order they were made).
    func plans(authorities: Set<AuthorityCode>?) async throws -> [ProgrammePlan]

    /// Replaces the authority's programmes and plans as one undoable import version.
    ///
    /// In ONE transaction: replace the authority's programmes (with their savings targets) and plans (with
    /// their status changes), and record the import as a version that can be undone. Every programme and plan
    /// must belong to `authority` and every plan must name one of `programmes`; otherwise nothing is written
    /// and `StorageError.saveFailed` is thrown.
    func replaceProgrammes(
        authority: AuthorityCode, with programmes: [Programme], plans: [ProgrammePlan], importedAt: Date
    ) async throws

    /// One plan's edit from the Programmes page: appends a status change and/or sets the target date and owner.
    ///
    /// `status`, when given, is added to the plan's changes (after any of the same day); `targetDate`, when
    /// given, becomes the target date (the first target date stays, so slippage is still measured from it);
    /// `owner` is left as it is when `nil`, cleared with `.some(nil)`. Returns the plan as saved. Throws
    /// `StorageError.planNotFound` when the authority has no plan `id` (nothing is changed). The edit is not an
    /// import version: undoing an earlier import puts back the register as that import found it.
    func updatePlan(
        authority: AuthorityCode, plan id: String, status: PlanStatusChange?, targetDate: Day?, owner: String??
    ) async throws -> ProgrammePlan
}
