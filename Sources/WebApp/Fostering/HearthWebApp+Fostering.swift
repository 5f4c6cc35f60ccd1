import CareModel
import CouncilTasks
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /fostering: one authority's foster households, recruitment and target (`?la=`, `?target=`).
    func addFosteringRoutes(to router: Router<HearthRequestContext>) {
        router.on(.fostering, for: self) { app, request, context in
            try await app.fostering(FosteringForm(query: request.queryFields))
        }
    }

    /// The page for the authority and target the form asks for, as `hearth fostering` works it out; a bad
    /// value gives the form back with its problem and status 400.
    func fostering(_ form: FosteringForm) async throws -> HTMLPage {
        if scope == .noAuthority { return HTMLPage.noAuthority }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return HTMLPage.noData("show") }
        let request = form.request(authorities: authorities)
        guard let authority = request.authority else {
            return FosteringPage.refusal(form, authorities: authorities, problems: request.problems)
        }
        let report = try await fosteringReport(authority, target: request.target)
        return FosteringPage(report: report, form: form.filled(authority: authority), authorities: authorities).page
    }

    /// The authority's foster care on the day its data runs to, kept while the data stands (the page and
    /// the API share it).
    func fosteringReport(_ authority: AuthorityCode, target: Int?) async throws -> FosteringReport {
        let day = today()
        return try await keptWhileDataStands(.fostering(authority, target: target, today: day)) {
            try await FosteringReport.load(authority: authority, yearlyTarget: target, store: store, today: day)
        }
    }
}
