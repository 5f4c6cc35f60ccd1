import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// GET /programmes (`?la=`), GET /programmes/{programme}, GET /programmes/plans/{plan} and POST
    /// /programmes/plans/{plan} (a plan's change: `HearthWebApp+Plans.swift`). A programme's or a plan's page
    /// takes `?la=` too, for an account that sees several authorities.
    func addProgrammesRoutes(to router: Router<HearthRequestContext>) {
        router.on(.programmes, for: self) { app, request, context in
            try await app.programmes(la: Self.la(request), disclosure: context.disclosure)
        }
        router.on(.programme, for: self) { app, request, context in
            try await app.programme(Self.segment("programme", context), la: Self.la(request), context: context)
        }
        router.on(.programmePlan, for: self) { app, request, context in
            try await app.plan(
                Self.segment("plan", context), la: Self.la(request), changed: request.queryFields["changed"] == "1",
                context: context)
        }
        router.on(.changePlan, for: self) { app, request, context in
            try await app.changePlan(Self.segment("plan", context), la: Self.la(request), request, context)
        }
    }

    /// The query's `la`, trimmed ("" when not given).
    static func la(_ request: Request) -> String {
        (request.queryFields["la"] ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// A reference from the path, decoded: the router hands segments over still percent-encoded, as
    /// `ProgrammeAddress` wrote them.
    static func segment(_ name: String, _ context: HearthRequestContext) -> String {
        context.parameters.get(name).map { $0.removingPercentEncoding ?? $0 } ?? ""
    }

    /// The list for the authority asked for (default the first the account may see), as `hearth programme
    /// list` works it out; an authority the account may not see gives the form back in error with status 400.
    func programmes(la: String, disclosure: Disclosure) async throws -> HTMLPage {
        if scope == .noAuthority { return HTMLPage.noAuthority }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return HTMLPage.noData("show") }
        var problems: [QueryFormFields.Problem] = []
        guard let authority = QueryFormFields.authority(la, among: authorities, into: &problems) else {
            return ProgrammesPage.refusal(la: la, authorities: authorities, problems: problems)
        }
        let report = try await programmesReport(authority)
        return ProgrammesPage(report: report, authorities: authorities, disclosure: disclosure).page
    }

    /// One programme's page; its plans name children, so a role that sees them has the view audited.
    func programme(_ id: String, la: String, context: HearthRequestContext) async throws -> HTMLPage {
        switch try await programmesAnswer(la: la) {
        case .page(let page): return page
        case .report(let report, let address):
            guard let savings = report.programme(id) else { return Self.programmeNotFound(id, address) }
            let namesChildren = Self.namesChildren(context)
            if namesChildren, !savings.plans.isEmpty {
                try await auditView(
                    "programme \(id), authority \(report.authority), \(savings.plans.count) plans", context)
            }
            return ProgrammePage(
                savings: savings, address: address, disclosure: context.disclosure, namesChildren: namesChildren
            ).page
        }
    }

    /// The report a programme's or plan's page is about, or the page to answer instead.
    enum ProgrammesAnswer {
        case report(ProgrammesReport, ProgrammeAddress)
        case page(HTMLPage)
    }

    /// The programmes of the authority `la` names (default the first the account may see), with how to link
    /// within them; or why there are none to show. An authority the account may not see is not found, as
    /// a programme it does not have is: the page never says whether another council's exists.
    func programmesAnswer(la: String) async throws -> ProgrammesAnswer {
        if scope == .noAuthority { return .page(HTMLPage.noAuthority) }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return .page(HTMLPage.noData("show")) }
        var problems: [QueryFormFields.Problem] = []
        guard let authority = QueryFormFields.authority(la, among: authorities, into: &problems) else {
            return .page(AccessPages.notFound)
        }
        let address = ProgrammeAddress(authority: authority, namesAuthority: authorities.count > 1)
        return .report(try await programmesReport(authority), address)
    }

    /// The authority's programmes on the day its data runs to, kept while the data stands (the pages and the
    /// API share it; a plan's change moves the data version on).
    func programmesReport(_ authority: AuthorityCode) async throws -> ProgrammesReport {
        let day = today()
        return try await keptWhileDataStands(.programmes(authority, today: day)) {
            try await ProgrammesReport.load(authority: authority, store: store, today: day)
        }
    }

    /// 404 for a programme the authority does not have, with the way back to the list.
    static func programmeNotFound(_ id: String, _ address: ProgrammeAddress) -> HTMLPage {
        notFound(
            "Programme not found",
            "Authority \(address.authority) has no programme called ‘\(id)’. Check the web address, or",
            address)
    }

    /// 404 for a plan the authority does not have, with the way back to the list.
    static func planNotFound(_ id: String, _ address: ProgrammeAddress) -> HTMLPage {
        notFound(
            "Plan not found",
            "Authority \(address.authority) has no plan called ‘\(id)’. Check the web address, or", address)
    }

    static func notFound(_ heading: String, _ sentence: String, _ address: ProgrammeAddress) -> HTMLPage {
        HTMLPage(
            title: heading,
            body: .group([
                .h1(.text(heading)),
                .p(.text(sentence + " "), .a(.href(address.list), "go to the programmes"), "."),
            ]),
            status: .notFound)
    }
}
