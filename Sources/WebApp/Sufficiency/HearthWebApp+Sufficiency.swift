import CareModel
import CouncilTasks
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /sufficiency: the sufficiency gap for one authority, its rules in the query string (a GET form).
    func addSufficiencyRoutes(to router: Router<HearthRequestContext>) {
        router.on(.sufficiency, for: self) { app, request, context in
            try await app.sufficiency(SufficiencyForm(query: request.queryFields), context.disclosure)
        }
    }

    /// Works out the gap the form asks for with `SufficiencyReport.load`, as `hearth sufficiency` does; bad
    /// values give the form back with its problems and status 400, and nothing is worked out. The read-only
    /// role sees the results with small numbers suppressed (`disclosure`).
    func sufficiency(_ form: SufficiencyForm, _ disclosure: Disclosure = .full) async throws -> HTMLPage {
        if scope == .noAuthority { return HTMLPage.noAuthority }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return HTMLPage.noData("work out the sufficiency gap from") }
        let request = form.request(authorities: authorities)
        guard let authority = request.authority, let rules = request.rules else {
            return SufficiencyPage(form: form, authorities: authorities, problems: request.problems).page
        }
        do {
            let report = try await sufficiencyReport(authority, rules)
            return SufficiencyPage(
                form: form.filled(authority: authority), authorities: authorities, report: report,
                disclosure: disclosure
            ).page
        } catch let error as DemandProjectionError {
            guard error != .noChildren else { return HTMLPage.noData("work out the sufficiency gap from") }
            // The rules are checked above, so what is left is the data's own problem: said, not linked.
            let problem = QueryFormFields.Problem(field: nil, message: ProjectionForm.problem(error).message)
            return SufficiencyPage(form: form, authorities: authorities, problems: [problem]).page
        }
    }

    /// The authority's gap under `rules`, kept while the data stands: the page and the API share it, and
    /// it runs the demand projection, which is the slow part.
    func sufficiencyReport(_ authority: AuthorityCode, _ rules: SufficiencyRules) async throws -> SufficiencyReport {
        try await keptWhileDataStands(.sufficiency(authority, rules)) {
            try await SufficiencyReport.load(authority: authority, rules: rules, store: store)
        }
    }
}
