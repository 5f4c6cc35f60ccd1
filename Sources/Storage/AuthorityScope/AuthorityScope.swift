import CareModel

/// Which authorities' children, costs and budgets an account (and its API tokens) may see: every
/// authority (a regional hub's roles), or a set of them — possibly empty, when an account in a database of
/// several councils has not yet been given one.
public enum AuthorityScope: Sendable, Hashable {
    case all
    case only(Set<AuthorityCode>)

    /// No authority at all: sees nothing.
    public static let noAuthority = AuthorityScope.only([])

    /// Whether the scope includes `authority`.
    public func allows(_ authority: AuthorityCode) -> Bool {
        switch self {
        case .all: true
        case .only(let authorities): authorities.contains(authority)
        }
    }

    /// The authorities to read when `requested` are asked for (`nil` meaning every authority): the
    /// request cut down to the scope, so no query can reach past it.
    public func narrowing(_ requested: Set<AuthorityCode>?) -> Set<AuthorityCode>? {
        switch (self, requested) {
        case (.all, _): requested
        case (.only(let authorities), nil): authorities
        case (.only(let authorities), let requested?): authorities.intersection(requested)
        }
    }

    /// The scope in words, for `hearth user list` and pages: "every authority", "none", "201, 202".
    public var summary: String {
        switch self {
        case .all: "every authority"
        case .only(let authorities) where authorities.isEmpty: "none"
        case .only(let authorities): authorities.sorted().joined(separator: ", ")
        }
    }
}
