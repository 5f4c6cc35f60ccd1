import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /budget (the monitor), /budget/line (a line's children and why it moved) and the downloads
    /// /budget.csv (one view) and /budget.xlsx (every view the role may see).
    func addBudgetRoutes(to router: Router<HearthRequestContext>) {
        router.on(.budget, for: self) { app, request, context in
            try await app.withReport(request, context) { report in
                let showsChildren = Self.namesChildren(context)
                if showsChildren {
                    try await app.auditView("budget monitor with child lists, \(report.period.label)", context)
                }
                return try BudgetPage(
                    report: report, showsChildren: showsChildren, disclosure: context.disclosure,
                    countsPlannedMoves: Self.plannedMovesAsked(request)
                ).page.response(from: request, context: context)
            }
        }
        router.on(.budgetLine, for: self) { app, request, context in
            try await app.withReport(request, context) { report in
                let name = request.uri.queryParameters["line"].map(String.init) ?? ""
                guard let page = BudgetLinePage(report: report, line: name) else {
                    return try AccessPages.notFound.response(from: request, context: context)
                }
                try await app.auditView("budget line \(name), \(report.period.label)", context)
                return try page.page.response(from: request, context: context)
            }
        }
        router.on(.budgetCSV, for: self) { app, request, context in
            try await app.withReport(request, context) { report in
                let name = request.uri.queryParameters["view"].map(String.init) ?? BudgetView.monitor.rawValue
                guard let view = BudgetView(rawValue: name), !view.namesChildren || Self.namesChildren(context) else {
                    return try Self.badView(name, context).response(from: request, context: context)
                }
                if view.namesChildren {
                    try await app.auditView("budget \(view.rawValue) CSV, \(report.period.label)", context)
                }
                return Self.download(
                    Array(report.sheet(view, disclosure: context.disclosure).csv.utf8), type: "text/csv; charset=utf-8",
                    name: "hearth-budget-\(report.period.calendarMonthText)-\(view.rawValue).csv")
            }
        }
        router.on(.budgetWorkbook, for: self) { app, request, context in
            try await app.withReport(request, context) { report in
                let children = Self.namesChildren(context)
                if children {
                    try await app.auditView("budget workbook with child lists, \(report.period.label)", context)
                }
                return Self.download(
                    report.workbook(namingChildren: children, disclosure: context.disclosure),
                    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    name: "hearth-budget-\(report.period.calendarMonthText).xlsx")
            }
        }
    }

    /// Whether the signed-in role may see children by ID in the monitor's lists and downloads.
    static func namesChildren(_ context: HearthRequestContext) -> Bool {
        context.identity.map { RouteAccess.childLevel.contains($0.role) } ?? false
    }

    static func badView(_ name: String, _ context: HearthRequestContext) -> HTMLPage {
        let allowed = BudgetView.allCases.filter { !$0.namesChildren || namesChildren(context) }.map(\.rawValue)
        return .problem(
            title: "Placement budget monitor",
            message:
                "There is no download called ‘\(name)’ for your role. Choose one of: \(allowed.joined(separator: ", ")).",
            field: nil, status: .badRequest)
    }

    /// A file download: the bytes, their type and the name the browser saves them under; never cached.
    static func download(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func auditView(_ detail: String, _ context: HearthRequestContext) async throws {
        guard let user = context.identity else { return }
        try await store.audit.append(
            AuditEntry(
                time: now(), username: user.username, action: .viewPage,
                detail: detail, ipAddress: context.ipAddress))
    }

    /// Whether the query asks the forecast to count on the programme plans on track (`planned-moves=on`, as
    /// the page's checkbox sends it).
    static func plannedMovesAsked(_ request: Request) -> Bool {
        request.queryFields[BudgetAddress.plannedMovesField] == BudgetAddress.plannedMovesOn
    }

    /// Loads the monitor the query asks for (period=YYYY-MM, la=, allowance=, planned-moves=on) and hands it
    /// on; a bad month or an authority without a budget or register answers with the error page instead.
    func withReport(
        _ request: Request, _ context: HearthRequestContext,
        _ body: (MonitorReport) async throws -> Response
    ) async throws -> Response {
        let query = request.uri.queryParameters
        let la = query["la"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let periodText = query["period"].map(String.init) ?? ""
        let plannedMoves = Self.plannedMovesAsked(request)
        // A field the monitor cannot use: the problem, and the month form it links to, as typed.
        func refused(_ message: String, field: String) throws -> Response {
            var page = HTMLPage.problem(
                title: "Placement budget monitor", message: message, field: field, status: .badRequest)
            page.body = .group([
                page.body, BudgetPage.periodForm(value: periodText, authority: la, plannedMoves: plannedMoves),
            ])
            return try page.response(from: request, context: context)
        }
        let allowanceCode = query["allowance"].map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "none"
        guard let allowance = DemandAllowance(code: allowanceCode) else {
            return try refused(
                "Choose the allowance for new placements: none, recent-N (N from 1 to 24 months) or projected.",
                field: "allowance")
        }
        let period: Period
        if !periodText.isEmpty {
            guard let parsed = Period(calendarMonth: periodText) else {
                return try refused("Enter the month as a year and month, like 2024-12.", field: "period")
            }
            period = parsed
        } else {
            period = try await defaultPeriod(la: la)
        }
        do {
            let report = try await keptWhileDataStands(.monitor(la, period, allowance, plannedMoves: plannedMoves)) {
                try await MonitorReport.load(
                    store: store, la: la, period: period, allowance: allowance, plannedMoves: plannedMoves)
            }
            return try await body(report)
        } catch AuthorityChoiceError.severalAuthorities(_, let authorities) {
            return try Self.authorityChoice(authorities, period: period)
                .response(from: request, context: context)
        } catch let error as AuthorityChoiceError {
            return try HTMLPage.problem(
                title: "Placement budget monitor", message: error.description, field: nil,
                status: .notFound
            ).response(from: request, context: context)
        } catch let error as MonitorReportError {
            return try HTMLPage.problem(
                title: "Placement budget monitor", message: error.description, field: nil,
                status: .notFound
            ).response(from: request, context: context)
        }
    }

    /// A regional database holds several authorities: the monitor is per authority, so ask which.
    static func authorityChoice(_ authorities: [AuthorityCode], period: Period) -> HTMLPage {
        HTMLPage(
            title: "Choose an authority",
            body: .group([
                .h1("Choose an authority"),
                .p("This database holds \(authorities.count) authorities. The budget monitor is kept for each one:"),
                .ul(
                    .class("list"),
                    .forEach(authorities) { code in
                        .li(.a(.href(BudgetAddress(period: period, authority: code).page), "Authority \(code)"))
                    }),
            ]))
    }

    func defaultPeriod(la: String?) async throws -> Period {
        let authority = try? await AuthorityChoice.resolve(la, in: store)
        return try await MonitorPeriod.current(store: store, authority: authority ?? la, today: today())
    }
}
