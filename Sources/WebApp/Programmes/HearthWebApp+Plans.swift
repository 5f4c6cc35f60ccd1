import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// A plan found in a report: its programme's savings and its own.
    typealias FoundPlan = (programme: ProgrammeSavings, plan: PlanSaving)

    /// GET /programmes/plans/{plan}: the plan's page, with the form for a role that may change it. It shows
    /// the child's home and its cost, so every view is audited as a child's page is.
    func plan(_ id: String, la: String, changed: Bool, context: HearthRequestContext) async throws -> HTMLPage {
        switch try await programmesAnswer(la: la) {
        case .page(let page): return page
        case .report(let report, let address):
            guard let found = report.plan(id) else { return Self.planNotFound(id, address) }
            try await auditPlanView(found.plan.plan, context)
            let form = Route.changePlan.allows(context.identity?.role) ? PlanForm(plan: found.plan.plan) : nil
            return try await planPage(found, address, form: form, changed: changed, context: context).page
        }
    }

    /// The page for `found`, with the child's home on the day the plan was identified from the costs register.
    func planPage(
        _ found: FoundPlan, _ address: ProgrammeAddress, form: PlanForm?, problems: [QueryFormFields.Problem] = [],
        changed: Bool = false, context: HearthRequestContext
    ) async throws -> PlanPage {
        let plan = found.plan.plan
        let costs = try await store.budget.costs(authority: plan.authority).filter { $0.child == plan.childKey }
        let current = PlanFacts(plan: plan, dateOfBirth: nil, placements: costs).currentPlacement
        return PlanPage(
            programme: found.programme, saving: found.plan, current: current, address: address, form: form,
            csrfToken: context.identity?.csrfToken ?? "", problems: problems, changed: changed)
    }

    /// The audit log's note that the account opened a child's plan.
    func auditPlanView(_ plan: ProgrammePlan, _ context: HearthRequestContext) async throws {
        guard let user = context.identity else { return }
        try await store.audit.append(
            AuditEntry(
                time: now(), username: user.username, action: .viewChild, child: plan.childKey,
                detail: "programme plan \(plan.id)", ipAddress: context.ipAddress))
    }

    /// POST /programmes/plans/{plan}: the change the form asks for, saved by `PlanEdit` (which writes the audit
    /// log's "plan changed" entry), then back to the plan's page (303) with a banner saying so. A change that
    /// cannot be made is answered 422 with the plan's page, the form as typed and the problem beside its field,
    /// and nothing is changed. Only the roles the matrix lets change a plan reach this, with the form's token.
    func changePlan(_ id: String, la: String, _ request: Request, _ context: HearthRequestContext) async throws
        -> Response
    {
        switch try await programmesAnswer(la: la) {
        case .page(let page): return try page.response(from: request, context: context)
        case .report(let report, let address):
            guard let found = report.plan(id) else {
                return try Self.planNotFound(id, address).response(from: request, context: context)
            }
            guard let refusal = try await change(found, of: report.authority, address, context) else {
                return Response.redirect(to: address.planChanged(id), type: .normal)
            }
            return try refusal.response(from: request, context: context)
        }
    }

    /// Makes the change the posted form asks of the plan: `nil` once it is saved, otherwise the page
    /// refusing it (or saying the plan has gone, when an import replaced the register meanwhile).
    func change(
        _ found: FoundPlan, of authority: AuthorityCode, _ address: ProgrammeAddress, _ context: HearthRequestContext
    ) async throws -> HTMLPage? {
        let plan = found.plan.plan, form = PlanForm(form: context.form)
        let asked = form.edit(of: plan, today: today())
        guard let edit = asked.edit else {
            return try await planPage(found, address, form: form, problems: asked.problems, context: context).page
        }
        let actor = ImportActor(username: context.identity?.username ?? "", ipAddress: context.ipAddress, time: now())
        do {
            _ = try await edit.save(authority: authority, to: store, by: actor)
            return nil
        } catch PlanEditError.unknownPlan(_) {
            return Self.planNotFound(plan.id, address)
        } catch let error as PlanEditError {
            let problems = [PlanForm.problem(error)]
            return try await planPage(found, address, form: form, problems: problems, context: context).page
        } catch StorageError.planNotFound(_, _) {
            return Self.planNotFound(plan.id, address)
        }
    }
}
