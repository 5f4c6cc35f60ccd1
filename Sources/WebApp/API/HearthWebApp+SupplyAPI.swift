import CareModel
import CouncilTasks
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /api/v1/sufficiency, /fostering and /homes: the same numbers as the pages, from the same kept
    /// reports, for one authority each.
    func addSupplyAPIRoutes(to router: Router<HearthRequestContext>) {
        // Read-only accounts' tokens get small numbers suppressed, as their page does (`context.disclosure`).
        router.on(.apiSufficiency, for: self) { app, request, context in
            try await app.answering { try await app.apiSufficiency(APIQuery(request), context.disclosure) }
        }
        router.on(.apiFostering, for: self) { app, request, _ in
            try await app.answering { try await app.apiFostering(APIQuery(request)) }
        }
        router.on(.apiHomes, for: self) { app, request, context in
            try await app.answering { try await app.apiHomes(APIQuery(request), context: context) }
        }
    }

    func apiSufficiency(_ query: APIQuery, _ disclosure: Disclosure = .full) async throws -> APIAnswer {
        try query.only(["la", "months", "registration_delay_days"])
        let months = try query.int("months", in: SufficiencyForm.monthRange) ?? SufficiencyRules.standard.months
        let delay =
            try query.int("registration_delay_days", in: SufficiencyForm.delayRange)
            ?? SufficiencyRules.standard.registrationDelayDays
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        let rules = SufficiencyRules(months: months, registrationDelayDays: delay)
        do {
            return APIAnswer(body: APISufficiency.json(try await sufficiencyReport(authority, rules), disclosure))
        } catch DemandProjectionError.noChildren {
            return Self.noData(authority)
        }
    }

    func apiFostering(_ query: APIQuery) async throws -> APIAnswer {
        try query.only(["la", "target"])
        let target = try query.int("target", in: FosteringForm.targetRange)
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        return APIAnswer(body: APIFostering.json(try await fosteringReport(authority, target: target)))
    }

    /// The homes and, in `market`, the market around them: `area` and `neighbour` (once for each area
    /// around) as the page's form sends them, so an address works in both.
    func apiHomes(_ query: APIQuery, context: HearthRequestContext) async throws -> APIAnswer {
        try query.only(["la", "area", "neighbour"])
        let area = MarketArea(area: query.parameters["area"] ?? "", neighbours: query.repeated["neighbour"] ?? [])
        if let fault = area.faults.first { throw APIParameterError(MarketArea.apiMessage(fault)) }
        guard let authority = try await supplyAuthority(query) else { return Self.noData(query.la) }
        let report = try await homesReport(authority)
        let market = try await HomesMarket.load(authority: authority, area: area, on: report.day, store: store)
        let namesChildren = Self.namesChildren(context)
        try await auditFlags(market, authority, namesChildren: namesChildren, where: "API homes", context)
        return APIAnswer(body: APIHomes.json(report, market: APIHomesMarket.json(market, namesChildren: namesChildren)))
    }

    /// The authority a call is about: `la` when the account may see it, else the only one it may see;
    /// `nil` when there is no data for it (another council's `la` gets the same answer, so it says nothing).
    ///
    /// - Throws: `APIParameterError` when `la` is left out and the account may see several.
    func supplyAuthority(_ query: APIQuery) async throws -> AuthorityCode? {
        let authorities = try await records.authorities()
        if let la = query.la { return authorities.contains(la) ? la : nil }
        guard authorities.count <= 1 else {
            throw APIParameterError(
                "la is needed: this account may see \(authorities.count) authorities "
                    + "(\(authorities.joined(separator: ", "))); choose one.")
        }
        return authorities.first
    }
}
