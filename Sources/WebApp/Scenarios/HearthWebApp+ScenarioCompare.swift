import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /scenarios/compare?id=…: one to four saved scenarios against the baseline, with the likely range
    /// from `scenarioPaths` Monte-Carlo paths, kept while the data stands. Fewer than one or more than four is
    /// answered 400 with the choice's form and the problem beside it; an id the authority has not saved, 404.
    func compareScenarios(_ choice: ScenarioChoice, la: String, context: HearthRequestContext) async throws
        -> HTMLPage
    {
        switch try await scenariosAuthority(la: la, listing: false) {
        case .page(let page): return page
        case .authority(let found):
            let saved = try await ScenarioLibrary.list(authority: found.code, in: store)
            switch choice.resolve(among: saved) {
            case .refused(let problems):
                return Self.compareRefusal(problems, saved: saved, choice: choice, found.address, status: .badRequest)
            case .notFound(let id):
                return Self.scenarioNotFound(id, found.address)
            case .chosen(let chosen):
                return try await comparePage(chosen, saved: saved, choice: choice, found, context: context)
            }
        }
    }

    /// The comparison's page, or, when a saved scenario can no longer be run (a child it names has left the
    /// costs register), the choice's form with the reason (422).
    func comparePage(
        _ chosen: [StoredScenario], saved: [StoredScenario], choice: ScenarioChoice, _ found: ScenarioAuthority,
        context: HearthRequestContext
    ) async throws -> HTMLPage {
        let comparison: ScenarioComparison
        do {
            comparison = try await savedComparison(chosen, authority: found.code)
        } catch let error as ScenarioError {
            let problem = QueryFormFields.Problem(field: nil, message: Self.cannotRun(error, chosen))
            return Self.compareRefusal(
                [problem], saved: saved, choice: choice, found.address, status: .unprocessableContent)
        } catch let error as DemandProjectionError {
            let problem = QueryFormFields.Problem(field: nil, message: ProjectionForm.problem(error).message)
            return Self.compareRefusal(
                [problem], saved: saved, choice: choice, found.address, status: .unprocessableContent)
        }
        let ids = chosen.map { String($0.id) }.joined(separator: ", ")
        try await auditNamedChildren(
            chosen.map(\.scenario), "scenarios \(ids) of authority \(found.code) compared, with named children",
            context)
        return ScenarioComparePage(
            comparison: comparison, saved: chosen, address: found.address, disclosure: context.disclosure,
            namesChildren: Self.namesChildren(context)
        ).page
    }

    /// The saved scenarios against the baseline with `scenarioPaths` Monte-Carlo paths for the likely ranges,
    /// kept while the data stands (saving or deleting a scenario moves the data version on). The page and the
    /// API share it.
    func savedComparison(_ chosen: [StoredScenario], authority: AuthorityCode) async throws -> ScenarioComparison {
        let paths = scenarioPaths, scenarios = chosen.map(\.scenario)
        return try await keptWhileDataStands(.scenarios(authority, ids: chosen.map(\.id), paths: paths)) {
            try await ScenarioRun.compare(scenarios, authority: authority, paths: paths, store: store)
        }
    }

    /// "‘Open a 3-bed home’ cannot be run: Child C9 has no placement open …. Delete it, or save it again
    /// without that child."
    static func cannotRun(_ error: ScenarioError, _ chosen: [StoredScenario]) -> String {
        guard case .unknownChild(let child) = error,
            let stored = chosen.first(where: { stored in
                stored.scenario.levers.contains { lever in
                    guard case .named(let children)? = ScenarioWording.selection(of: lever) else { return false }
                    return children.contains(child)
                }
            })
        else { return "The scenarios cannot be run: \(error.description)." }
        return "‘\(stored.scenario.name)’ cannot be run: \(error.description). Delete it, or save it again without "
            + "that child."
    }

    /// The choice of scenarios with the problem beside it: too few or too many asked for (400), or one that
    /// cannot be run (422). With nothing saved, says so instead.
    static func compareRefusal(
        _ problems: [QueryFormFields.Problem], saved: [StoredScenario], choice: ScenarioChoice,
        _ address: ScenarioAddress, status: HTTPResponse.Status
    ) -> HTMLPage {
        let heading = "Compare scenarios"
        let shown =
            saved.isEmpty
            ? [
                QueryFormFields.Problem(
                    field: nil, message: "Authority \(address.authority) has no saved scenarios to compare yet")
            ] : problems
        return HTMLPage(
            title: "Error: \(heading)",
            body: .group([
                QueryFormFields.errorSummary(shown),
                .p(.a(.href(address.list), .class("back-link"), "Back to scenarios")),
                .h1(.text(heading)),
                saved.isEmpty
                    ? .p(.a(.href(address.list), "Build and save a scenario on the Scenarios page"), ".")
                    : ScenarioChoice.form(saved: saved, address: address, chosen: Set(choice.ids), problems: shown),
            ]),
            status: status)
    }
}
