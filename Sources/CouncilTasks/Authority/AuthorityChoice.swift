import CareModel
import Storage

/// Which authority a task acts for: the one named, otherwise the only authority in the database.
public enum AuthorityChoice {
    /// - Throws: `AuthorityChoiceError` when none is named and the database holds no authority or several.
    public static func resolve(_ la: AuthorityCode?, in store: HearthStore) async throws -> AuthorityCode {
        if let la { return la }
        let authorities = try await store.careRecords.authorities()
        switch authorities.count {
        case 1: return authorities[0]
        case 0: throw AuthorityChoiceError.noData(database: store.location.displayName)
        default:
            throw AuthorityChoiceError.severalAuthorities(
                database: store.location.displayName, authorities: authorities)
        }
    }

    /// The only authority in the database, if it holds exactly one.
    public static func only(in store: HearthStore) async throws -> AuthorityCode? {
        let authorities = try await store.careRecords.authorities()
        return authorities.count == 1 ? authorities[0] : nil
    }
}
