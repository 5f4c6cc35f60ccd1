/// The header on every page: Hearth's name and, for a signed-in user, the navigation their role may use
/// (the current page marked with `aria-current`), who they are and a sign-out button. Signed-out
/// visitors see no navigation: every page behind it would ask them to sign in.
struct SiteHeader {
    var user: SignedInUser?
    /// The path of the page being shown.
    var path: String

    /// The main sections, in order: (route, name).
    static let sections: [(route: Route, name: String)] = [
        (.overview, "Children in care"), (.budget, "Budget monitor"), (.projection, "Projection"),
        (.sufficiency, "Sufficiency"), (.fostering, "Fostering"), (.homes, "Homes"), (.programmes, "Programmes"),
        (.scenarios, "Scenarios"), (.children, "Children"), (.data, "Data"),
    ]

    var node: Node {
        .header(
            .class("site-header"),
            .div(
                .class("width-container"),
                .a(.class("site-name"), .href("/"), "Hearth"), " ",
                .span(.class("site-tagline"), "Children's homes and what they cost"),
                .if(user != nil, navigation),
                .if(user != nil, accountBar)))
    }

    /// The sections the user's role may open.
    var navigation: Node {
        let allowed = Self.sections.filter {
            $0.route.allows(user?.role)
        }
        return .nav(
            .ariaLabel("Main"),
            .forEach(allowed) { section in
                .group([
                    .a(
                        .href(section.route.path), .if(isCurrent(section.route.path), .ariaCurrent("page")),
                        .text(section.name)),
                    " ",
                ])
            })
    }

    /// Whether `section` is the page shown or holds it (`/budget/line` is in the budget monitor).
    func isCurrent(_ section: String) -> Bool {
        section == "/" ? path == "/" : path == section || path.hasPrefix(section + "/")
    }

    var accountBar: Node {
        guard let user else { return .empty }
        return .form(
            .method("post"), .action(Route.signOut.path), .class("account-bar"),
            .if(
                user.role == .admin,
                .a(.href(Route.audit.path), .if(isCurrent(Route.audit.path), .ariaCurrent("page")), "Audit log")),
            " ",
            .span("Signed in as \(user.username) (\(user.role.rawValue))"),
            .input(.type("hidden"), .name("csrf_token"), .value(user.csrfToken)),
            .button(.type("submit"), "Sign out"))
    }
}
