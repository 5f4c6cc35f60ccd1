import CareModel

/// Where the Scenarios pages link and post to: the list, a comparison of saved scenarios, and the build
/// form's run, save and delete. The authority goes in the query (`la=`) when the account sees more than one,
/// so every link and form stays with the authority it was made from.
struct ScenarioAddress: Hashable, Sendable {
    var authority: AuthorityCode
    /// Whether the account sees several authorities: then every address says which one it means.
    var namesAuthority: Bool

    /// "la=990", or nothing for an account of one authority.
    var authorityQuery: String { namesAuthority ? "la=" + ChildrenPage.segment(authority) : "" }

    /// "?la=990", or nothing.
    var query: String { namesAuthority ? "?" + authorityQuery : "" }

    var list: String { Route.scenarios.path + query }

    /// The list after a scenario was deleted: with the banner saying so.
    var deleted: String { list + (namesAuthority ? "&" : "?") + "deleted=1" }

    var run: String { Route.runScenario.path + query }
    var save: String { Route.saveScenario.path + query }
    var delete: String { Route.deleteScenario.path + query }

    /// "/scenarios/compare?id=1&id=3" (with the authority when it is named).
    func compare(_ ids: [Int]) -> String {
        let parts = ids.map { "id=\($0)" } + (namesAuthority ? [authorityQuery] : [])
        return Route.compareScenarios.path + "?" + parts.joined(separator: "&")
    }
}
