import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /homes: one authority's children's homes and block beds (`?la=`).
    func addHomesRoutes(to router: Router<HearthRequestContext>) {
        router.on(.homes, for: self) { app, request, _ in
            try await app.homes(la: (request.queryFields["la"] ?? "").trimmingCharacters(in: .whitespaces))
        }
    }

    /// The page for the authority asked for (default the first the account may see), as `hearth homes`
    /// works it out; an authority the account may not see gives the select back in error with status 400.
    func homes(la: String) async throws -> HTMLPage {
        if scope == .noAuthority { return HTMLPage.noAuthority }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return HTMLPage.noData("show") }
        var problems: [QueryFormFields.Problem] = []
        guard let authority = QueryFormFields.authority(la, among: authorities, into: &problems) else {
            return HomesPage.refusal(la: la, authorities: authorities, problems: problems)
        }
        return HomesPage(report: try await homesReport(authority), authorities: authorities).page
    }

    /// The authority's homes on the day its data runs to, kept while the data stands (the page and the API
    /// share it).
    func homesReport(_ authority: AuthorityCode) async throws -> HomesReport {
        let day = today()
        return try await keptWhileDataStands(.homes(authority, today: day)) {
            try await HomesReport.load(authority: authority, store: store, today: day)
        }
    }
}
