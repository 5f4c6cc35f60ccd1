import CareModel
import Foundation

/// The market of children's social care providers around the authorities: Ofsted's register of providers —
/// children's homes, fostering agencies and the rest — each as its latest inspection left it.
///
/// It is national public data, the same for every council, so it is not narrowed to an account's authorities:
/// a council needs its neighbours' homes to see its market, and the providers its children are placed with
/// may be anywhere in England. An import replaces the whole register; there is no import version to undo,
/// since importing Ofsted's file again puts back what was there.
public protocol MarketRepository: Sendable {
    /// In ONE transaction: replace every stored provider with `providers` (one per URN; a URN given twice
    /// writes nothing and throws `StorageError.saveFailed`), noting `importedAt` as the time of the copy.
    func replaceOfstedProviders(_ providers: [OfstedProvider], importedAt: Date) async throws

    /// The providers in these local authority areas ("Plymouth"), matched without regard to case, sorted by
    /// URN; `nil` means every area, an empty set none.
    func ofstedProviders(localAuthorities: Set<String>?) async throws -> [OfstedProvider]

    /// The providers with these URNs (in any case), sorted by URN; URNs not in the register are left out.
    func ofstedProviders(urns: Set<String>) async throws -> [OfstedProvider]

    /// When the stored providers were imported; `nil` before the first import (or after an empty one).
    func ofstedProvidersImportedAt() async throws -> Date?
}
