import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// The authority a Scenarios page is about, how to link within it and every authority the account may see.
    typealias ScenarioAuthority = (code: AuthorityCode, address: ScenarioAddress, authorities: [AuthorityCode])

    /// The authority a Scenarios page or form is about, or the page to answer instead.
    enum ScenariosAnswer {
        case authority(ScenarioAuthority)
        case page(HTMLPage)
    }

    /// GET /scenarios (`?la=`) and GET /scenarios/compare (`?id=…`, here and in `+ScenarioCompare`); POST
    /// /scenarios/run, /scenarios and /scenarios/delete (`+ScenarioChanges`). Each takes `?la=` for an account
    /// that sees several authorities.
    func addScenariosRoutes(to router: Router<HearthRequestContext>) {
        router.on(.scenarios, for: self) { app, request, context in
            try await app.scenarios(
                la: Self.la(request), deleted: request.queryFields["deleted"] == "1", context: context)
        }
        router.on(.compareScenarios, for: self) { app, request, context in
            try await app.compareScenarios(ScenarioChoice(request), la: Self.la(request), context: context)
        }
        router.on(.runScenario, for: self) { app, request, context in
            try await app.runScenario(la: Self.la(request), request, context)
        }
        router.on(.saveScenario, for: self) { app, request, context in
            try await app.saveScenario(la: Self.la(request), request, context)
        }
        router.on(.deleteScenario, for: self) { app, request, context in
            try await app.deleteScenario(la: Self.la(request), request, context)
        }
    }

    /// The list of saved scenarios, the form to compare them and, for a role that may, the build form.
    func scenarios(la: String, deleted: Bool, context: HearthRequestContext) async throws -> HTMLPage {
        switch try await scenariosAuthority(la: la, listing: true) {
        case .page(let page): return page
        case .authority(let found):
            let page = try await scenariosPage(found, deleted: deleted, context: context)
            try await auditNamedChildren(
                page.saved.map(\.scenario), "scenarios of authority \(found.code) with named children", context)
            return page.page
        }
    }

    /// The Scenarios page for the authority, with the build form as typed (empty unless a build was refused)
    /// for a role that may build scenarios.
    func scenariosPage(
        _ found: ScenarioAuthority, form: ScenarioForm = ScenarioForm(), problems: [QueryFormFields.Problem] = [],
        deleted: Bool = false, context: HearthRequestContext
    ) async throws -> ScenariosPage {
        let saved = try await ScenarioLibrary.list(authority: found.code, in: store)
        return ScenariosPage(
            address: found.address, authorities: found.authorities, saved: saved,
            namesChildren: Self.namesChildren(context),
            form: Route.saveScenario.allows(context.identity?.role) ? form : nil,
            csrfToken: context.identity?.csrfToken ?? "", problems: problems, deleted: deleted)
    }

    /// The authority `la` names (default the first the account may see), or why there is none to show. On the
    /// list an authority the account may not see gives the authority select in error (400); elsewhere it is not
    /// found, as a scenario it does not have is: the pages never say whether another council's exists.
    func scenariosAuthority(la: String, listing: Bool) async throws -> ScenariosAnswer {
        if scope == .noAuthority { return .page(HTMLPage.noAuthority) }
        let authorities = try await records.authorities()
        guard !authorities.isEmpty else { return .page(HTMLPage.noData("build scenarios from")) }
        var problems: [QueryFormFields.Problem] = []
        guard let authority = QueryFormFields.authority(la, among: authorities, into: &problems) else {
            return .page(listing ? Self.scenariosRefusal(authorities, problems) : AccessPages.notFound)
        }
        let address = ScenarioAddress(authority: authority, namesAuthority: authorities.count > 1)
        return .authority((authority, address, authorities))
    }

    /// The authority asked for is not one the account may see: 400, the select in error, nothing shown.
    static func scenariosRefusal(_ authorities: [AuthorityCode], _ problems: [QueryFormFields.Problem]) -> HTMLPage {
        HTMLPage(
            title: "Error: \(ScenariosPage.heading)",
            body: .group([
                QueryFormFields.errorSummary(problems), .h1(.text(ScenariosPage.heading)),
                ScenarioChoice.authorityForm(authorities: authorities, la: "", problems: problems),
            ]),
            status: .badRequest)
    }

    /// 404 for a scenario the authority has not saved, with the way back to the list.
    static func scenarioNotFound(_ id: String, _ address: ScenarioAddress) -> HTMLPage {
        HTMLPage(
            title: "Scenario not found",
            body: .group([
                .h1("Scenario not found"),
                .p(
                    .text(
                        "Authority \(address.authority) has no saved scenario numbered ‘\(id.prefix(20))’. "
                            + "Check the web address, or "),
                    .a(.href(address.list), "go to the scenarios"), "."),
            ]),
            status: .notFound)
    }

    /// The audit log's note that a role that sees children was shown scenarios naming some by reference.
    func auditNamedChildren(_ scenarios: [Scenario], _ detail: String, _ context: HearthRequestContext)
        async throws
    {
        guard Self.namesChildren(context), scenarios.contains(where: { ScenarioWording.namesChildren($0.levers) })
        else { return }
        try await auditView(detail, context)
    }

    /// Who is acting, for the scenario library's audit entries.
    func scenarioActor(_ context: HearthRequestContext) -> ImportActor {
        ImportActor(username: context.identity?.username ?? "", ipAddress: context.ipAddress, time: now())
    }
}
