import Hummingbird
import Storage

/// Who may open each route: THE route × role matrix. `AccessMiddleware` enforces it for every request,
/// a request for a route not listed here is answered 404 before any handler runs, and the README prints
/// it (`markdownTable`). Add a route here in the same change that adds it to the router.
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

    public static let rules: [Rule] = [
        Rule(method: .get, path: "/healthz", audience: .everyone, note: "health check for load balancers"),
        Rule(method: .get, path: "/assets/*", audience: .everyone, note: "stylesheet"),
        Rule(method: .get, path: "/login", audience: .everyone, note: "sign-in form"),
        Rule(
            method: .post, path: "/login", audience: .everyone,
            note: "sign in (CSRF token bound to a pre-session cookie)"),
        Rule(method: .post, path: "/logout", audience: .signedIn, note: "sign out"),
        Rule(method: .get, path: "/", audience: .roles(Set(Role.allCases)), note: "overview: aggregates only"),
        Rule(
            method: .get, path: "/budget", audience: .roles([.admin, .finance, .manager, .readOnly]),
            note: "budget monitor; read-only sees it without the high-cost and unregistered child lists"),
        Rule(
            method: .get, path: "/budget/line", audience: .roles([.admin, .finance, .manager]),
            note: "drill-down from a budget line to its placements and from its movement to the causes and children"),
        Rule(
            method: .get, path: "/budget.csv", audience: .roles([.admin, .finance, .manager, .readOnly]),
            note: "one table of the monitor as CSV; read-only may download the aggregate tables only"),
        Rule(
            method: .get, path: "/budget.xlsx", audience: .roles([.admin, .finance, .manager, .readOnly]),
            note: "the monitor as an Excel workbook; read-only's has the aggregate sheets only"),
        Rule(
            method: .get, path: "/children", audience: .roles(childLevel),
            note: "children in care: search by ID, home, provider and weekly cost"),
        Rule(
            method: .get, path: "/children/*", audience: .roles(childLevel),
            note: "a child's record: placements and cost history; every view is audited"),
        Rule(method: .get, path: "/audit", audience: .roles([.admin]), note: "audit log, latest 500 entries"),
        Rule(
            method: .get, path: "/data", audience: .roles([.admin, .finance, .placements, .manager]),
            note: "data: import history, data-quality exceptions, and the upload form for roles that may upload"),
        Rule(
            method: .post, path: "/data", audience: .roles([.admin, .finance, .placements]),
            note:
                "upload SSDA903 returns, a costs register or a budget: checked as hearth import checks them; nothing is saved if any file is wrong"
        ),
        Rule(
            method: .get, path: "/projection", audience: .roles(Set(Role.allCases)),
            note:
                "demand projection: children by kind of home with their range, and cost, month by month; aggregates only"
        ),
        Rule(
            method: .get, path: "/api/v1/summary", audience: .roles(Set(Role.allCases)),
            note: "JSON: children in care by kind of home, entries and exits by month; API token or session"),
        Rule(
            method: .get, path: "/api/v1/budget", audience: .roles([.admin, .finance, .manager, .readOnly]),
            note: "JSON: the budget monitor's lines and total for a month (aggregates only)"),
        Rule(
            method: .get, path: "/api/v1/projection", audience: .roles(Set(Role.allCases)),
            note: "JSON: projected children by month end and kind of home (Markov, default settings)"),
        Rule(
            method: .get, path: "/api/v1/children", audience: .roles(childLevel),
            note: "JSON: children in care with home, provider and weekly cost; every call is audited"),
        Rule(
            method: .get, path: "/openapi.yaml", audience: .everyone,
            note: "the API's OpenAPI 3.1 description: routes and fields, no data"),
        Rule(
            method: .get, path: "/export/pseudonymised", audience: .roles([.admin]),
            note:
                "pseudonymised child-level episodes as CSV (salted hashed IDs, month of birth, postcode sectors); audited"
        ),
    ]

    /// The rule for a request, or `nil` when the route is not in the matrix.
    public static func rule(method: HTTPRequest.Method, path: String) -> Rule? {
        rules.first { $0.matches(method: method, path: path) }
    }
}
