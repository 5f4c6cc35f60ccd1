import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Hummingbird
import Storage

extension HearthWebApp {
    /// The name of a scenario run from the form without one.
    static let unsavedName = "Unsaved scenario"

    /// POST /scenarios/run: the scenario the form builds, against the baseline, with the Markov projection alone
    /// (expected numbers, no range: it is not kept, so it answers fast), and the form as typed under it. Nothing
    /// is saved. A build that cannot be run is answered 422 with the Scenarios page, the form as typed and the
    /// problem beside its field.
    func runScenario(la: String, _ request: Request, _ context: HearthRequestContext) async throws -> Response {
        switch try await scenariosAuthority(la: la, listing: false) {
        case .page(let page): return try page.response(from: request, context: context)
        case .authority(let found):
            let page = try await builtRun(ScenarioForm(form: context.form), found, context)
            return try page.response(from: request, context: context)
        }
    }

    /// The run's page: the scenario against the baseline with the form under it, or the refused build.
    func builtRun(_ form: ScenarioForm, _ found: ScenarioAuthority, _ context: HearthRequestContext) async throws
        -> HTMLPage
    {
        let asked = form.scenario(fallbackName: Self.unsavedName)
        guard let scenario = asked.scenario else { return try await refusedBuild(form, asked.problems, found, context) }
        let check = try await trial(scenario, form, authority: found.code)
        guard let comparison = check.comparison else {
            return try await refusedBuild(form, check.problems, found, context)
        }
        try await auditNamedChildren(
            [scenario], "unsaved scenario run for authority \(found.code), with named children", context)
        return ScenarioComparePage(
            comparison: comparison, saved: nil, address: found.address, disclosure: context.disclosure,
            namesChildren: Self.namesChildren(context), form: form, csrfToken: context.identity?.csrfToken ?? "",
            comparePaths: scenarioPaths
        ).page
    }

    /// POST /scenarios: saves the scenario the form builds (`ScenarioLibrary.save`, which writes the audit
    /// log's "scenario-saved" entry and replaces a saved scenario of the same name), once a run with the Markov
    /// projection shows it can be priced, then 303 to its comparison. Anything wrong is answered 422 with the
    /// Scenarios page, the form as typed and the problem beside its field; nothing is saved.
    func saveScenario(la: String, _ request: Request, _ context: HearthRequestContext) async throws -> Response {
        switch try await scenariosAuthority(la: la, listing: false) {
        case .page(let page): return try page.response(from: request, context: context)
        case .authority(let found):
            let form = ScenarioForm(form: context.form)
            let asked = form.scenario()
            guard let scenario = asked.scenario else {
                return try await refusedBuild(form, asked.problems, found, context)
                    .response(from: request, context: context)
            }
            let outcome = try await saveBuilt(scenario, form, found, context)
            guard let saved = outcome.saved else {
                return try await refusedBuild(form, outcome.refused, found, context)
                    .response(from: request, context: context)
            }
            return Response.redirect(to: found.address.compare([saved.id]), type: .normal)
        }
    }

    /// Saves the scenario once it runs: the scenario as saved, or the problems that stopped it.
    func saveBuilt(
        _ scenario: Scenario, _ form: ScenarioForm, _ found: ScenarioAuthority, _ context: HearthRequestContext
    ) async throws -> (saved: StoredScenario?, refused: [QueryFormFields.Problem]) {
        let check = try await trial(scenario, form, authority: found.code)
        guard check.problems.isEmpty else { return (nil, check.problems) }
        do {
            let saved = try await ScenarioLibrary.save(
                scenario, authority: found.code, to: store, by: scenarioActor(context))
            return (saved, [])
        } catch let error as ScenarioLibraryError {
            return (nil, [ScenarioForm.problem(error)])
        } catch let error as ScenarioError {
            return (nil, [form.problem(error)])
        } catch let error as StorageError {
            guard case .scenarioTooLong = error else { throw error }
            return (nil, [QueryFormFields.Problem(field: nil, message: error.description)])
        }
    }

    /// Runs the scenario with the Markov projection alone: the comparison, or what stopped it (a named child
    /// with no placement open when it starts, a number out of range, no data to project from).
    func trial(_ scenario: Scenario, _ form: ScenarioForm, authority: AuthorityCode) async throws
        -> (comparison: ScenarioComparison?, problems: [QueryFormFields.Problem])
    {
        do {
            return (try await ScenarioRun.compare([scenario], authority: authority, paths: 0, store: store), [])
        } catch let error as ScenarioError {
            return (nil, [form.problem(error)])
        } catch let error as DemandProjectionError {
            return (nil, [QueryFormFields.Problem(field: nil, message: ProjectionForm.problem(error).message)])
        }
    }

    /// The Scenarios page with the form as typed and its problems (422).
    func refusedBuild(
        _ form: ScenarioForm, _ problems: [QueryFormFields.Problem], _ found: ScenarioAuthority,
        _ context: HearthRequestContext
    ) async throws -> HTMLPage {
        try await scenariosPage(found, form: form, problems: problems, context: context).page
    }

    /// POST /scenarios/delete: deletes the saved scenario the form's `id` names (`ScenarioLibrary.delete`, which
    /// writes it to the audit log), then 303 to the list with a banner saying so; one the authority has not
    /// saved is 404.
    func deleteScenario(la: String, _ request: Request, _ context: HearthRequestContext) async throws -> Response {
        switch try await scenariosAuthority(la: la, listing: false) {
        case .page(let page): return try page.response(from: request, context: context)
        case .authority(let found):
            let id = (context.form["id"] ?? "").trimmingCharacters(in: .whitespaces)
            let saved = try await ScenarioLibrary.list(authority: found.code, in: store)
            guard let stored = Int(id).flatMap({ number in saved.first { $0.id == number } }) else {
                return try Self.scenarioNotFound(id, found.address).response(from: request, context: context)
            }
            try await ScenarioLibrary.delete(stored, from: store, by: scenarioActor(context))
            return Response.redirect(to: found.address.deleted, type: .normal)
        }
    }
}
