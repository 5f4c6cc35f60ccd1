import CareModel
import CouncilTasks
import Forecasting
import Hummingbird

/// Which saved scenarios a comparison asks for: `id` once for each, one to four of them, as the Scenarios
/// page's checkboxes send them; and the GET forms that ask (the comparison's checkboxes, and the authority
/// for an account that sees several).
struct ScenarioChoice: Hashable, Sendable {
    typealias Problem = QueryFormFields.Problem

    /// What the query asked for: the scenarios found, in the order asked (repeats dropped); the problem
    /// with how many were asked for; or an id the authority has no scenario of.
    enum Outcome: Sendable {
        case chosen([StoredScenario])
        case refused([Problem])
        case notFound(String)
    }

    /// The ids as given, trimmed, without empty ones or repeats.
    var ids: [String]

    init(ids: [String]) {
        var seen: Set<String> = []
        self.ids = ids.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Every `id` of the request's query.
    init(_ request: Request) {
        self.init(ids: request.uri.queryParameters.filter { $0.key == "id" }.map { String($0.value) })
    }

    /// The scenarios asked for among the authority's saved ones.
    func resolve(among saved: [StoredScenario]) -> Outcome {
        let most = ScenarioComparison.maximumScenarios
        guard !ids.isEmpty else {
            return .refused([Problem(field: "compare", message: "Choose at least one scenario to compare")])
        }
        guard ids.count <= most else {
            return .refused([
                Problem(field: "compare", message: "Choose up to \(most) scenarios to compare: you chose \(ids.count)")
            ])
        }
        var chosen: [StoredScenario] = []
        for text in ids {
            guard let id = Int(text), let stored = saved.first(where: { $0.id == id }) else { return .notFound(text) }
            chosen.append(stored)
        }
        return .chosen(chosen)
    }

    /// One to four saved scenarios, ticked, to compare with the baseline: a GET form, so a comparison has an
    /// address. The first checkbox takes the group's id, for the error summary to link to.
    static func form(saved: [StoredScenario], address: ScenarioAddress, chosen: Set<String>, problems: [Problem])
        -> Node
    {
        .form(
            .method("get"), .action(Route.compareScenarios.path), .class("stacked-form projection-form"), .novalidate,
            .if(address.namesAuthority, .input(.type("hidden"), .name("la"), .value(address.authority))),
            QueryFormFields.group("compare", problems) { error in
                .fieldset(
                    .ariaDescribedBy("compare-hint" + (error == nil ? "" : " compare-error")),
                    .legend("Compare saved scenarios with the baseline"),
                    .p(
                        .class("hint"), .id("compare-hint"),
                        .text(
                            "Choose one to \(ScenarioComparison.maximumScenarios). Each is shown against what happens "
                                + "if nothing changes, with its likely range.")),
                    error ?? .empty,
                    .forEach(saved.indices) { i in
                        let id = i == 0 ? "compare" : "compare-\(saved[i].id)"
                        return .div(
                            .class("choice"),
                            .input(
                                .type("checkbox"), .id(id), .name("id"), .value(String(saved[i].id)),
                                .if(chosen.contains(String(saved[i].id)), .checked)),
                            .label(.for(id), .text(saved[i].scenario.name)))
                    })
            },
            .button(.type("submit"), "Compare"))
    }

    /// The authority select in a GET form, for an account that may see several (nothing otherwise).
    static func authorityForm(authorities: [AuthorityCode], la: String, problems: [Problem]) -> Node {
        let field = QueryFormFields.authorityField(authorities, chosen: la, problems)
        guard authorities.count > 1 || !problems.isEmpty else { return .empty }
        return .form(
            .method("get"), .action(Route.scenarios.path), .class("stacked-form projection-form"), .novalidate,
            field, .button(.type("submit"), "Show"))
    }
}
