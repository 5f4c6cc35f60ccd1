import CareModel

/// The overview's filter: which children it counts (by sex, UASC, age band), as the regional model offers.
/// A GET form, so a filtered overview has an address to share, and a line under the heading saying which
/// children the numbers are about, so nobody reads a group's numbers as everyone's.
extension OverviewPage {
    /// "Showing only: UASC, female. Show all children" when the page counts a group; nothing otherwise.
    var groupCaption: Node {
        guard !group.isEveryone else { return .empty }
        return .p(
            .class("group-caption"), "Showing only: ", .strong(.text(group.label)), ". ",
            .a(.href(Route.overview.path), "Show all children"))
    }

    /// The three selects and a "Show" button.
    static func filterForm(_ fields: ChildGroupFields) -> Node {
        .form(
            .method("get"), .action(Route.overview.path), .class("filter-form"),
            fields.node(legend: "Show only some children"),
            .button(.type("submit"), "Show"))
    }

    /// The filter form with the values it could not use in error, status 400, and no counts: numbers for
    /// some other group than the one asked for would be misread as the answer.
    static func refusal(_ query: [String: String], _ problems: [ChildGroup.QueryProblem]) -> HTMLPage {
        HTMLPage(
            title: "Error: Children in care",
            body: .group([
                ErrorSummary(problems: problems.map { (field: $0.field, message: $0.message) }).node,
                .h1("Children in care"),
                filterForm(ChildGroupFields(values: query, problems: problems)),
            ]),
            status: .badRequest)
    }
}
