import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /homes: one authority's children's homes and block beds (`?la=`), and the market around it
    /// (`?area=`, `?neighbour=` once for each area around).
    func addHomesRoutes(to router: Router<HearthRequestContext>) {
        router.on(.homes, for: self) { app, request, context in
            try await app.homes(
                la: (request.queryFields["la"] ?? "").trimmingCharacters(in: .whitespaces),
                area: MarketArea(query: request.uri.queryParameters), context: context)
        }
    }

    /// The page for the authority asked for (default the first the account may see), as `hearth homes`
    /// works it out, with the market as `hearth market` works it out; an authority the account may not see,
    /// or an area's name that is too long, gives the form back in error with status 400.
    func homes(la: String, area: MarketArea, context: HearthRequestContext) async throws -> HTMLPage {
        if scope == .noAuthority { return HTMLPage.noAuthority }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return HTMLPage.noData("show") }
        var problems: [QueryFormFields.Problem] = []
        let authority = QueryFormFields.authority(la, among: authorities, into: &problems)
        problems += area.problems
        guard let authority, problems.isEmpty else {
            let sorted = QueryFormFields.sorted(problems, order: MarketArea.fieldOrder)
            return HomesPage.refusal(la: la, area: area, authorities: authorities, problems: sorted)
        }
        let report = try await homesReport(authority)
        let market = try await HomesMarket.load(authority: authority, area: area, on: report.day, store: store)
        let namesChildren = Self.namesChildren(context)
        try await auditFlags(market, authority, namesChildren: namesChildren, where: "homes page", context)
        return HomesPage(report: report, authorities: authorities, market: market, namesChildren: namesChildren).page
    }

    /// The authority's homes on the day its data runs to, kept while the data stands (the page and the API
    /// share it).
    func homesReport(_ authority: AuthorityCode) async throws -> HomesReport {
        let day = today()
        return try await keptWhileDataStands(.homes(authority, today: day)) {
            try await HomesReport.load(authority: authority, store: store, today: day)
        }
    }

    /// Notes in the audit log that the account was shown children by ID beside the Inadequate providers they
    /// are placed with, as the children list and the budget's child lists are noted; nothing when none was.
    func auditFlags(
        _ market: HomesMarket, _ authority: AuthorityCode, namesChildren: Bool, where place: String,
        _ context: HearthRequestContext
    ) async throws {
        guard namesChildren, market.flaggedChildren > 0 else { return }
        try await auditView(
            "\(place), authority \(authority), children placed with a provider Ofsted last judged Inadequate: "
                + "\(market.flaggedChildren)",
            context)
    }
}
