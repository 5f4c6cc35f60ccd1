import CareModel
import CouncilTasks
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /api/v1/scenarios and /api/v1/scenarios/compare?id=…: the same saved scenarios and comparisons as the
    /// Scenarios pages, the comparison from the same kept result, for one authority each (`la`, as the supply
    /// routes take it).
    func addScenariosAPIRoutes(to router: Router<HearthRequestContext>) {
        router.on(.apiScenarios, for: self) { app, request, context in
            try await app.answering { try await app.apiScenarios(APIQuery(request), context: context) }
        }
        router.on(.apiCompareScenarios, for: self) { app, request, context in
            try await app.answering { try await app.apiCompareScenarios(APIQuery(request), context: context) }
        }
    }

    /// The authority's saved scenarios with their levers; an authority with none answers an empty list.
    func apiScenarios(_ query: APIQuery, context: HearthRequestContext) async throws -> APIAnswer {
        try query.only(["la"])
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        let saved = try await ScenarioLibrary.list(authority: authority, in: store)
        try await auditNamedChildren(
            saved.map(\.scenario), "API scenarios of authority \(authority), with named children", context)
        return APIAnswer(body: APIScenarios.list(authority, saved, namesChildren: Self.namesChildren(context)))
    }

    /// One to four saved scenarios (`id`, repeated) against the baseline: 400 for fewer or more, 404 for an id
    /// the authority has not saved, 422 for a scenario that can no longer be run.
    func apiCompareScenarios(_ query: APIQuery, context: HearthRequestContext) async throws -> APIAnswer {
        try query.only(["la", "id"])
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        let saved = try await ScenarioLibrary.list(authority: authority, in: store)
        switch ScenarioChoice(ids: query.repeated["id"] ?? []).resolve(among: saved) {
        case .refused(let problems):
            let message = problems.first?.message ?? "Choose one to four scenarios"
            return .error("\(message), with id once for each; /api/v1/scenarios lists them.", status: .badRequest)
        case .notFound(let id):
            return .error(
                "Authority \(authority) has no saved scenario with id '\(id.prefix(20))'; "
                    + "/api/v1/scenarios lists them.", status: .notFound)
        case .chosen(let chosen):
            return try await apiComparison(chosen, authority: authority, context: context)
        }
    }

    /// The comparison of the scenarios chosen, or why it cannot be made (422).
    func apiComparison(_ chosen: [StoredScenario], authority: AuthorityCode, context: HearthRequestContext)
        async throws -> APIAnswer
    {
        let comparison: ScenarioComparison
        do {
            comparison = try await savedComparison(chosen, authority: authority)
        } catch let error as ScenarioError {
            return .error(Self.cannotRun(error, chosen), status: .unprocessableContent)
        } catch let error as DemandProjectionError {
            return .error(ProjectionForm.problem(error).message, status: .unprocessableContent)
        }
        let ids = chosen.map { String($0.id) }.joined(separator: ", ")
        try await auditNamedChildren(
            chosen.map(\.scenario), "API scenarios \(ids) of authority \(authority) compared, with named children",
            context)
        return APIAnswer(
            body: APIScenarios.comparison(
                authority, comparison, chosen, namesChildren: Self.namesChildren(context),
                disclosure: context.disclosure))
    }
}
