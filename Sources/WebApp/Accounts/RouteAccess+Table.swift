import Storage

extension RouteAccess {
    /// The matrix as a Markdown table for the README: one row per route, one column per role
    /// ("yes"/"–"), plus whether signing in is needed at all.
    public static var markdownTable: String {
        let roles = Role.allCases
        var out = "| Route | " + roles.map(\.rawValue).joined(separator: " | ") + " | Not signed in | Note |\n"
        out += "|---|" + String(repeating: "---|", count: roles.count + 2) + "\n"
        for rule in rules {
            let cells = roles.map { rule.audience.allows($0) ? "yes" : "–" }
            // The API answers 401 (asking for a bearer token) where the pages send people to sign in.
            let anonymous = rule.audience.allows(nil) ? "yes" : AccessMiddleware.isAPI(rule.path) ? "401" : "→ /login"
            out +=
                "| \(rule.method) \(rule.path) | " + cells.joined(separator: " | ")
                + " | \(anonymous) | \(rule.note) |\n"
        }
        return out
    }
}
