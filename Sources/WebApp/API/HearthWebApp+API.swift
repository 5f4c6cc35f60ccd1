import CareModel
import CouncilTasks
import Forecasting
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /openapi.yaml and the JSON API under /api/v1 (for Power BI and other tools): read-only, ISO
    /// dates, money in pounds. `AccessMiddleware` lets in API tokens and signed-in sessions per `RouteAccess`.
    func addAPIRoutes(to router: Router<HearthRequestContext>) {
        router.on(.openAPI, for: self) { app, _, _ in OpenAPIDocument.response() }
        // Read-only accounts' tokens get small numbers suppressed, as their pages do (`context.disclosure`).
        router.on(.apiSummary, for: self) { app, request, context in
            try await app.answering { try await app.apiSummary(APIQuery(request), context.disclosure) }
        }
        router.on(.apiBudget, for: self) { app, request, context in
            try await app.answering { try await app.apiBudget(APIQuery(request), context.disclosure) }
        }
        router.on(.apiProjection, for: self) { app, request, context in
            try await app.answering { try await app.apiProjection(APIQuery(request), context.disclosure) }
        }
        router.on(.apiChildren, for: self) { app, request, context in
            try await app.answering { try await app.apiChildren(APIQuery(request), context: context) }
        }
    }

    /// Runs an API handler, answering a bad parameter with 400 and a monitor that cannot be made with 404.
    func answering(_ body: () async throws -> APIAnswer) async throws -> APIAnswer {
        do {
            return try await body()
        } catch let error as APIParameterError {
            return .error(error.message, status: .badRequest)
        } catch let error as AuthorityChoiceError {
            return .error(error.description, status: .notFound)
        } catch let error as MonitorReportError {
            return .error(error.description, status: .notFound)
        }
    }

    static func noData(_ la: AuthorityCode?) -> APIAnswer {
        .error("There are no SSDA903 returns\(la.map { " for authority \($0)" } ?? "") yet.", status: .notFound)
    }

    func apiSummary(_ query: APIQuery, _ disclosure: Disclosure = .full) async throws -> APIAnswer {
        try query.only(["la", "date"] + APIQuery.groupNames)
        let requested = try query.day("date")
        let group = try query.group()
        let histories = try await records.histories(authorities: query.la.map { [$0] })
        guard let date = requested ?? CareSummary.dataDate(of: histories, today: today()), !histories.isEmpty else {
            return Self.noData(query.la)
        }
        return APIAnswer(
            body: APISummary.json(histories: histories, date: date, group: group, disclosure: disclosure))
    }

    func apiBudget(_ query: APIQuery, _ disclosure: Disclosure = .full) async throws -> APIAnswer {
        try query.only(["la", "period"])
        let period: Period
        if let requested = try query.period("period") {
            period = requested
        } else {
            period = try await defaultPeriod(la: query.la)
        }
        let report = try await keptWhileDataStands(.monitor(query.la, period, .none, plannedMoves: false)) {
            try await MonitorReport.load(store: store, la: query.la, period: period)
        }
        return APIAnswer(body: APIBudget.json(report, disclosure))
    }

    func apiProjection(_ query: APIQuery, _ disclosure: Disclosure = .full) async throws -> APIAnswer {
        try query.only(["la", "months"] + APIQuery.groupNames)
        let months = try query.int("months", in: APIProjection.monthRange) ?? 24
        let group = try query.group()
        let histories = try await records.histories(authorities: query.la.map { [$0] })
        guard !histories.isEmpty else { return Self.noData(query.la) }
        guard
            let json = await APIProjection.json(
                histories: histories, months: months, group: group, disclosure: disclosure)
        else {
            guard group.isEveryone else {
                return .error(
                    "There are no children to project from in this group (\(group.label)).", status: .notFound)
            }
            return Self.noData(query.la)
        }
        return APIAnswer(body: json)
    }

    /// Child-level: the call is written to the audit log, as viewing children on a page is.
    func apiChildren(_ query: APIQuery, context: HearthRequestContext) async throws -> APIAnswer {
        try query.only(["la"])
        guard let list = try await ChildrenList.load(store: store, la: query.la, query: "", today: today()) else {
            return Self.noData(query.la)
        }
        if let user = context.identity {
            try await store.audit.append(
                AuditEntry(
                    time: now(), username: user.username, action: .viewPage,
                    detail: "API children list, \(list.rows.count) children",
                    ipAddress: context.ipAddress))
        }
        return APIAnswer(body: APIChildren.json(list))
    }
}
