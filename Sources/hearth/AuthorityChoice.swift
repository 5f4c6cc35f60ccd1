import ArgumentParser
import CareModel
import Storage

/// Which authority a command works on: `--la` when given, otherwise the only authority in the
/// database; a database holding several authorities needs `--la`.
enum AuthorityChoice {
    static func resolve(_ la: String?, in store: HearthStore) async throws -> AuthorityCode {
        if let la { return la }
        let authorities = try await store.careRecords.authorities()
        switch authorities.count {
        case 1: return authorities[0]
        case 0: throw ValidationError("There are no SSDA903 returns in \(store.location.displayName) yet: import them first (hearth import ssda903), or name the authority with --la.")
        default: throw ValidationError("\(store.location.displayName) holds \(authorities.count) authorities (\(authorities.joined(separator: ", "))): choose one with --la.")
        }
    }
}
