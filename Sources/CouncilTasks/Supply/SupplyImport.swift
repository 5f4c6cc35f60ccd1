import CareModel
import Foundation
import Interchange
import Storage

/// Why a register that read cleanly cannot be saved: nothing is saved.
public enum SupplyImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// References used by both a foster household and a children's home, which a placement's carer could
    /// not tell apart.
    case sharedReferences(authority: AuthorityCode, [String])

    public var description: String {
        switch self {
        case .sharedReferences(let authority, let references):
            "Authority \(authority) already has "
                + "\(references.count == 1 ? "a register entry" : "register entries") with "
                + "\(references.prefix(5).joined(separator: ", ")): a foster household and a children's home must not "
                + "share a reference, because a placement's carer names one of them"
        }
    }
}

/// Replaces an authority's foster households, children's homes or recruitment events with a file's: read and
/// checked first (every problem listed, nothing saved), then saved per authority in one transaction each, as
/// an import version that `hearth import undo` can take back, and put in the audit log.
public struct SupplyImport: Sendable {
    /// What saving did for one authority.
    public struct Saved: Sendable {
        public var authority: AuthorityCode
        public var before: Int
        public var after: Int
    }

    public var register: SupplyRegister
    /// The file(s) it came from, for the audit log.
    public var fileName: String
    /// The authority of rows with no `la` column; `nil`: the only authority in the store.
    public var authority: AuthorityCode?

    public init(register: SupplyRegister, fileName: String, authority: AuthorityCode?) {
        self.register = register
        self.fileName = fileName
        self.authority = authority
    }

    /// Saves the register for each authority it names.
    ///
    /// - Throws: `SupplyImportError`, `AuthorityChoiceError`, `StorageError.outsideScope`; nothing is saved
    ///   for any authority when a check fails.
    public func save(to store: HearthStore, by actor: ImportActor) async throws -> [Saved] {
        let parts = try await partsByAuthority(in: store)
        for (code, part) in parts { try await checkReferences(part, of: code, in: store) }
        var saved: [Saved] = []
        for (code, part) in parts {
            let before = try await count(of: part, authority: code, in: store)
            try await replace(part, authority: code, in: store, at: actor.time)
            try await store.audit.append(
                actor.auditEntry(
                    "\(part.name) for \(code): \(before.grouped) before, \(part.count.grouped) from \(fileName)"))
            saved.append(Saved(authority: code, before: before, after: part.count))
        }
        return saved
    }

    /// Households' and homes' references must not clash with the other register's.
    func checkReferences(_ part: SupplyRegister, of code: AuthorityCode, in store: HearthStore) async throws {
        let other: Set<String>
        switch part {
        case .households: other = Set(try await store.supply.homes(authorities: [code]).map(\.id))
        case .homes: other = Set(try await store.supply.households(authorities: [code]).map(\.id))
        case .recruitment: return
        }
        let shared = part.carerReferences.intersection(other).sorted()
        if !shared.isEmpty { throw SupplyImportError.sharedReferences(authority: code, shared) }
    }

    func count(of part: SupplyRegister, authority code: AuthorityCode, in store: HearthStore) async throws -> Int {
        switch part {
        case .households: try await store.supply.households(authorities: [code]).count
        case .homes: try await store.supply.homes(authorities: [code]).count
        case .recruitment: try await store.supply.recruitmentEvents(authorities: [code]).count
        }
    }

    func replace(_ part: SupplyRegister, authority code: AuthorityCode, in store: HearthStore, at time: Date)
        async throws
    {
        switch part {
        case .households(let rows):
            try await store.supply.replaceHouseholds(authority: code, with: rows, importedAt: time)
        case .homes(let rows): try await store.supply.replaceHomes(authority: code, with: rows, importedAt: time)
        case .recruitment(let rows):
            try await store.supply.replaceRecruitmentEvents(authority: code, with: rows, importedAt: time)
        }
    }
}
