/// Where Hearth keeps its data: an embedded SQLite file (the default, nothing to install) or a
/// PostgreSQL database a council's IT team runs.
///
/// PostgreSQL URLs have the form
/// `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require][&schema=NAME]`
/// (`postgresql://` works too). `schema` keeps Hearth's tables in their own PostgreSQL schema, created
/// when missing, so several authorities or test runs can share one database.
public enum DatabaseLocation: Sendable, Hashable {
    /// A SQLite file, created (with Hearth's tables, after `migrate()`) if it does not exist.
    case sqlite(path: String)
    /// A PostgreSQL database, by URL.
    case postgres(url: String)

    /// The file Hearth uses when no `--db` is given.
    public static let defaultSQLitePath = "./hearth.sqlite"

    /// Reads a `--db` value: a `postgres://` or `postgresql://` URL means PostgreSQL, anything else is
    /// the path of a SQLite file (created if missing).
    public init(_ text: String) {
        let lower = text.lowercased()
        let isPostgres = ["postgres://", "postgresql://", "postgres+", "postgresql+"].contains { lower.hasPrefix($0) }
        self = isPostgres ? .postgres(url: text) : .sqlite(path: text)
    }

    /// How to show the location to people and in logs: the path, or the URL with any password masked.
    public var displayName: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): Self.maskingPassword(in: url)
        }
    }

    /// Replaces the password of `scheme://user:password@host…` with `***`, leaving the rest intact.
    static func maskingPassword(in url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let authorityStart = schemeEnd.upperBound
        let authorityEnd = url[authorityStart...].firstIndex(where: { "/?#".contains($0) }) ?? url.endIndex
        let authority = url[authorityStart..<authorityEnd]
        // The last "@" ends the user information; a password is whatever follows the first ":" in it.
        guard let at = authority.lastIndex(of: "@"),
            let colon = authority[..<at].firstIndex(of: ":")
        else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
    }
}
