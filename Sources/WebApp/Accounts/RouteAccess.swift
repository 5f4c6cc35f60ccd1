import Hummingbird
import Storage

/// Who may open each route: THE route × role matrix, made from `Route` (its audience and note).
/// `AccessMiddleware` enforces it for every request, a request for a route not listed is answered 404
/// before any handler runs, and the README prints it (`markdownTable`).
public enum RouteAccess {
    /// Who a rule lets in.
    public enum Audience: Sendable, Equatable {
        /// Anyone, signed in or not.
        case everyone
        /// Any signed-in account.
        case signedIn
        /// Signed-in accounts with one of these roles.
        case roles(Set<Role>)

        public func allows(_ role: Role?) -> Bool {
            switch self {
            case .everyone: true
            case .signedIn: role != nil
            case .roles(let roles): role.map(roles.contains) ?? false
            }
        }
    }

    /// One route: its method, its path (a trailing `*` matches any rest of the path) and who may use it.
    public struct Rule: Sendable, Equatable {
        public var method: HTTPRequest.Method
        public var path: String
        public var audience: Audience
        public var note: String

        public func matches(method: HTTPRequest.Method, path: String) -> Bool {
            guard method == self.method || (self.method == .get && method == .head) else { return false }
            return self.path.hasSuffix("*") ? path.hasPrefix(self.path.dropLast()) : path == self.path
        }
    }

    /// Roles that may see a child's identity (IDs in lists, a child's record). Read-only sees aggregates only.
    public static let childLevel: Set<Role> = Set(Role.allCases).subtracting([.readOnly])

    /// The matrix, one rule per route, in `Route`'s order.
    public static let rules: [Rule] = Route.allCases.map { route in
        Rule(method: route.method, path: route.accessPath, audience: route.audience, note: route.note)
    }

    /// The rule for a request, or `nil` when the route is not in the matrix.
    public static func rule(method: HTTPRequest.Method, path: String) -> Rule? {
        rules.first { $0.matches(method: method, path: path) }
    }
}
