import CareModel
import CouncilTasks
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /api/v1/programmes and /api/v1/programmes/{programme}: the same numbers as the Programmes pages,
    /// from the same kept report, for one authority each (`la`, as the supply routes take it).
    func addProgrammesAPIRoutes(to router: Router<HearthRequestContext>) {
        // Read-only accounts' tokens get small numbers suppressed, as their page does (`context.disclosure`).
        router.on(.apiProgrammes, for: self) { app, request, context in
            try await app.answering { try await app.apiProgrammes(APIQuery(request), context.disclosure) }
        }
        router.on(.apiProgramme, for: self) { app, request, context in
            let id = Self.segment("programme", context)
            return try await app.answering { try await app.apiProgramme(id, APIQuery(request), context: context) }
        }
    }

    /// Every programme of the authority in brief; an authority with none answers an empty list.
    func apiProgrammes(_ query: APIQuery, _ disclosure: Disclosure = .full) async throws -> APIAnswer {
        try query.only(["la"])
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        return APIAnswer(body: APIProgrammes.json(try await programmesReport(authority), disclosure))
    }

    /// One programme with its plans. Child-level: the call is written to the audit log, as opening the
    /// programme's page is.
    func apiProgramme(_ id: String, _ query: APIQuery, context: HearthRequestContext) async throws -> APIAnswer {
        try query.only(["la"])
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        let report = try await programmesReport(authority)
        guard let savings = report.programme(id) else {
            return .error(
                "Authority \(authority) has no programme called '\(id)'; /api/v1/programmes lists them.",
                status: .notFound)
        }
        try await auditView("API programme \(id), authority \(authority), \(savings.plans.count) plans", context)
        return APIAnswer(body: APIProgrammeDetail.json(report, savings))
    }
}
