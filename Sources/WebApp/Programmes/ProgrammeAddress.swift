import CareModel

/// Where the Programmes pages link to: the list, a programme's page and a plan's. References are
/// percent-encoded as path segments, and the authority goes in the query (`?la=`) when the account sees
/// more than one, so a link opens the same authority's programme or plan it was made from.
struct ProgrammeAddress: Hashable, Sendable {
    var authority: AuthorityCode
    /// Whether the account sees several authorities: then every link says which one it means.
    var namesAuthority: Bool

    /// "?la=990", or nothing for an account of one authority.
    var query: String { namesAuthority ? "?la=" + ChildrenPage.segment(authority) : "" }

    var list: String { Route.programmes.path + query }

    func programme(_ id: String) -> String { "\(Route.programme.path)/\(ChildrenPage.segment(id))" + query }

    func plan(_ id: String) -> String { "\(Route.programmePlan.path)/\(ChildrenPage.segment(id))" + query }

    /// Where the plan's form is sent: the plan's own address, as GOV.UK forms post back to their page.
    func planForm(_ id: String) -> String { "\(Route.changePlan.path)/\(ChildrenPage.segment(id))" + query }

    /// The plan's page after a change was saved: with the banner saying so.
    func planChanged(_ id: String) -> String { plan(id) + (namesAuthority ? "&" : "?") + "changed=1" }
}
