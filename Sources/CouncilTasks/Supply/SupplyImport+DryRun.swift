import CareModel
import Storage

extension SupplyImport {
    /// What saving would do for each authority — rows now and in the file — without saving anything, after
    /// the same checks as `save` (so a dry run refuses what saving would refuse).
    public func dryRun(in store: HearthStore) async throws -> [Saved] {
        var result: [Saved] = []
        for (code, part) in try await partsByAuthority(in: store) {
            try await checkReferences(part, of: code, in: store)
            result.append(
                Saved(authority: code, before: try await count(of: part, authority: code, in: store), after: part.count)
            )
        }
        return result
    }
}
