import CareModel
import Storage

extension SupplyImport {
    /// What saving would change for each authority the register names, in code order, after the check saving
    /// makes (references shared between households and homes are refused here as they would be there);
    /// nothing is saved. Households' approved places are counted on the day the fostering page describes
    /// (`SupplyDay`: the day the returns run to, or `today` without returns).
    ///
    /// - Throws: `SupplyImportError`, `AuthorityChoiceError`.
    public func preview(in store: HearthStore, today: Day) async throws -> [SupplyChange] {
        var changes: [SupplyChange] = []
        for (code, part) in try await partsByAuthority(in: store) {
            try await checkReferences(part, of: code, in: store)
            changes.append(try await change(part, authority: code, in: store, today: today))
        }
        return changes
    }

    /// The register split by authority, as `save` splits it: rows that named none go to the authority given,
    /// or else to the only one in the store.
    func partsByAuthority(in store: HearthStore) async throws -> [(AuthorityCode, SupplyRegister)] {
        var fallback = authority
        if fallback == nil, register.authorities.contains(CostsImport.unnamed) {
            fallback = try await AuthorityChoice.resolve(nil, in: store)
        }
        return Set(register.authorities.map { $0 == CostsImport.unnamed ? fallback ?? $0 : $0 }).sorted()
            .map { ($0, register.rows(of: $0, unnamedAs: fallback)) }
    }

    /// One authority's register as stored, set against the file's rows for it.
    func change(_ part: SupplyRegister, authority code: AuthorityCode, in store: HearthStore, today: Day)
        async throws -> SupplyChange
    {
        switch part {
        case .households(let rows):
            let day = try await SupplyDay.of(code, in: store, today: today)
            let stored = try await store.supply.households(authorities: [code])
            return SupplyChange(authority: code, households: stored, rows, on: day)
        case .homes(let rows):
            return SupplyChange(authority: code, homes: try await store.supply.homes(authorities: [code]), rows)
        case .recruitment(let rows):
            let stored = try await store.supply.recruitmentEvents(authorities: [code])
            return SupplyChange(authority: code, events: stored, rows)
        }
    }
}
