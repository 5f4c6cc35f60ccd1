import CareModel
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /projection: the demand projection page, its settings in the query string (a GET form).
    func addProjectionRoutes(to router: Router<HearthRequestContext>) {
        router.on(.projection, for: self) { app, request, context in
            try await app.projection(ProjectionForm(query: request.queryFields), context.disclosure)
        }
    }

    /// Runs the projection the form asks for with `DemandProjection.run`, as `hearth project` does; bad
    /// settings give the form back with its problems and status 400, and nothing is run. The read-only role
    /// sees the results with small numbers suppressed (`disclosure`).
    func projection(_ form: ProjectionForm, _ disclosure: Disclosure = .full) async throws -> HTMLPage {
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else {
            return HTMLPage.noData("project from")
        }
        let request = form.request(authorities: authorities)
        guard let settings = request.settings else {
            return ProjectionPage(form: form, authorities: authorities, problems: request.problems).page
        }
        let histories = try await records.histories(authorities: request.la.map { [$0] })
        do {
            let projection = try await DemandProjection.run(settings, histories: histories)
            return ProjectionPage(
                form: form.filled(from: projection), authorities: authorities, projection: projection,
                disclosure: disclosure
            ).page
        } catch {
            let problem =
                error == .noChildren && !settings.group.isEveryone
                ? ProjectionForm.noChildren(in: settings.group) : ProjectionForm.problem(error)
            return ProjectionPage(form: form, authorities: authorities, problems: [problem]).page
        }
    }
}
