import CareModel
import Foundation
import Interchange
import Storage

/// Replaces an authority's programme register (programmes, children's plans and their statuses) with a
/// file set's: read and checked first (every problem listed, nothing saved), then saved per authority as
/// one import version that `hearth import undo` takes back, and put in the audit log.
public struct ProgrammeImport: Sendable {
    /// What saving would do, or did, for one authority.
    public struct Change: Sendable, Hashable {
        public var authority: AuthorityCode
        public var programmesBefore: Int
        public var programmesAfter: Int
        public var plansBefore: Int
        public var plansAfter: Int
        /// Plans whose child has no placement in the costs register: they are kept but cannot be priced.
        public var unpricedPlans: [String]
    }

    public var register: ProgrammeRegister
    /// The file(s) it came from, for the audit log.
    public var fileName: String
    /// The authority of rows with no `la` column; `nil`: the only authority in the store.
    public var authority: AuthorityCode?

    public init(register: ProgrammeRegister, fileName: String, authority: AuthorityCode?) {
        self.register = register
        self.fileName = fileName
        self.authority = authority
    }

    /// The reader's authority for rows that name none, resolved later by `parts(in:)`.
    public static let unnamed = CostsImport.unnamed

    /// What saving would change for each authority; nothing is saved.
    public func preview(in store: HearthStore) async throws -> [Change] {
        var changes: [Change] = []
        for (code, part) in try await parts(in: store) {
            let costs = Set(try await store.budget.costs(authority: code).map(\.child.child))
            changes.append(
                Change(
                    authority: code,
                    programmesBefore: try await store.programmes.programmes(authorities: [code]).count,
                    programmesAfter: part.programmes.count,
                    plansBefore: try await store.programmes.plans(authorities: [code]).count,
                    plansAfter: part.plans.count,
                    unpricedPlans: part.plans.filter { !costs.contains($0.child) }.map(\.id)))
        }
        return changes
    }

    /// Saves the register for each authority it names.
    ///
    /// - Throws: `AuthorityChoiceError`, `StorageError.outsideScope`; nothing is saved for an authority
    ///   whose save fails.
    public func save(to store: HearthStore, by actor: ImportActor) async throws -> [Change] {
        let changes = try await preview(in: store)
        for (code, part) in try await parts(in: store) {
            try await store.programmes.replaceProgrammes(
                authority: code, with: part.programmes, plans: part.plans, importedAt: actor.time)
            try await store.audit.append(
                actor.auditEntry(
                    "Programme register for \(code): \(part.programmes.count.grouped) programmes and "
                        + "\(part.plans.count.grouped) plans from \(fileName)"))
        }
        return changes
    }

    /// The register split by authority: rows that named none go to the authority given, or else to the
    /// only one in the store.
    func parts(in store: HearthStore) async throws -> [(AuthorityCode, ProgrammeRegister)] {
        let named = Set(register.programmes.map(\.authority) + register.plans.map(\.authority))
        var fallback = authority
        if fallback == nil, named.contains(Self.unnamed) {
            fallback = try await AuthorityChoice.resolve(nil, in: store)
        }
        func resolved(_ code: AuthorityCode) -> AuthorityCode { code == Self.unnamed ? fallback ?? code : code }
        var parts: [AuthorityCode: ProgrammeRegister] = [:]
        for var programme in register.programmes {
            programme.authority = resolved(programme.authority)
            parts[programme.authority, default: ProgrammeRegister(programmes: [], plans: [])].programmes.append(
                programme)
        }
        for var plan in register.plans {
            plan.authority = resolved(plan.authority)
            parts[plan.authority, default: ProgrammeRegister(programmes: [], plans: [])].plans.append(plan)
        }
        return parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
