import CareModel
import Forecasting
import Foundation
import Interchange
import Storage

/// One import of the placement costs register, the same from the command line and the browser: `read`
/// validates the file, then `save` replaces each authority's register (one transaction each) and checks
/// it against the SSDA903 returns.
public struct CostsImport: Sendable {
    /// One authority's register as saved, with its data-quality exceptions.
    public struct Saved: Sendable {
        public var authority: AuthorityCode
        public var placements: Int
        /// Rows of the register: one per price of a placement.
        public var entries: Int
        /// The financial year checked against the returns: the one holding the register's latest price.
        public var year: FinancialYear?
        /// Costs matching no SSDA903 placement, and placements open in `year` with no cost.
        public var exceptions: [RegisterException]
    }

    /// What an authority is called before it is known: the readers' default when none is named.
    static let unnamed: AuthorityCode = "LA"

    public var file: ImportFile
    /// The authority named by the person (`--la`, or the form); `nil` lets rows without an `la` column
    /// belong to the only authority in the store.
    public var authority: AuthorityCode?
    /// For the S251 layout: the last day the accrued costs cover.
    public var asAt: Day?

    public init(file: ImportFile, authority: AuthorityCode?, asAt: Day? = nil) {
        self.file = file
        self.authority = authority
        self.asAt = asAt
    }

    /// Reads and validates the file; nothing is stored.
    ///
    /// - Throws: `FileReadFailure` with every problem in the file.
    public func read() throws(FileReadFailure) -> [PlacementCost] {
        let reader = PlacementCostReader(defaultAuthority: authority ?? Self.unnamed)
        switch file {
        case .path(let path): return try reader.read(path: path, asAt: asAt)
        case .sent(let sent): return try reader.read(bytes: sent.contents, file: sent.name, asAt: asAt)
        }
    }

    /// Replaces the register of every authority in `costs`, in authority order, writing an audit entry for
    /// each, and lists each register's exceptions.
    ///
    /// - Throws: `AuthorityChoiceError` when rows name no authority, none was given and the store does not
    ///   hold exactly one; storage errors.
    public func save(
        _ costs: [PlacementCost], mode: Mode = .replace, to store: HearthStore, by actor: ImportActor
    ) async throws -> [Saved] {
        var saved: [Saved] = []
        for (code, file) in try await byAuthority(costs, in: store) {
            let owned =
                mode == .merge ? Self.merging(file, into: try await store.budget.costs(authority: code)) : file
            try await store.budget.replaceCosts(authority: code, with: owned, importedAt: actor.time)
            let placements = Set(owned.map { PlacementKey(child: $0.child, placementStart: $0.placementStart) }).count
            try await store.audit.append(
                actor.auditEntry(
                    "costs register for \(code)\(mode == .merge ? " (merged)" : ""): \(placements) placements "
                        + "from \(self.file.name)"))
            let (year, exceptions) = try await Self.exceptions(store: store, authority: code, costs: owned)
            saved.append(
                Saved(authority: code, placements: placements, entries: owned.count, year: year, exceptions: exceptions)
            )
        }
        return saved
    }

    /// The costs per authority, in code order; rows that named none go to the only authority in the store.
    func byAuthority(_ costs: [PlacementCost], in store: HearthStore) async throws -> [(AuthorityCode, [PlacementCost])]
    {
        var fallback: AuthorityCode?
        if authority == nil, costs.contains(where: { $0.child.authority == Self.unnamed }) {
            fallback = try await AuthorityChoice.resolve(nil, in: store)
        }
        let owned = costs.map { cost in
            var cost = cost
            if let fallback, cost.child.authority == Self.unnamed { cost.child.authority = fallback }
            return cost
        }
        return Dictionary(grouping: owned) { $0.child.authority }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The register's mismatches with the SSDA903 returns for the latest year its prices cover.
    public static func exceptions(
        store: HearthStore, authority: AuthorityCode,
        costs: [PlacementCost]
    ) async throws -> (FinancialYear?, [RegisterException]) {
        guard let latest = costs.flatMap({ $0.rates.map(\.effectiveFrom) }).max() else { return (nil, []) }
        let year = FinancialYear(containing: latest)
        let histories = try await store.careRecords.histories(authorities: [authority])
        return (year, RegisterCheck.exceptions(costs: costs, histories: histories, year: year))
    }
}
