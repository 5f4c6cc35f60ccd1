import CareModel
import CouncilTasks
import Foundation
import Hummingbird
import Interchange
import Storage

extension HearthWebApp {
    /// GET /data (the upload form, import history and data-quality exceptions) and POST /data (an upload,
    /// read and checked with the same code as `hearth import`).
    func addDataRoutes(to router: Router<HearthRequestContext>) {
        router.on(.data, for: self) { app, _, context in try await app.dataPage(context: context) }
        router.on(.upload, for: self) { app, _, context in try await app.upload(context: context) }
        router.on(.confirmUpload, for: self) { app, _, context in try await app.confirmUpload(context: context) }
        router.on(.undoImport, for: self) { app, _, context in try await app.undoImport(context: context) }
    }

    func dataPage(context: HearthRequestContext) async throws -> HTMLPage {
        let mayUpload = Route.upload.allows(context.identity?.role)
        var upload: DataUpload?
        if mayUpload { upload = DataUpload(authority: try await AuthorityChoice.only(in: store) ?? "") }
        // Checking every authority's register is the page's real work; it changes only with the data.
        let registers = try await keptWhileDataStands(.dataExceptions) {
            try await DataPage.registerExceptions(store: self.store)
        }
        return try await DataPage.load(
            store: store, upload: upload, csrfToken: context.identity?.csrfToken ?? "",
            registers: registers, mayUndo: Route.undoImport.allows(context.identity?.role)
        ).page
    }

    /// Checks the form, reads every file, and only then saves: any problem is answered 422 with every
    /// problem listed, and nothing is written but the audit entry saying the upload was refused. A kind the
    /// account may not send (finance and the supply registers) is answered 403, with the form kept.
    func upload(context: HearthRequestContext) async throws -> HTMLPage {
        let upload = DataUpload(form: context.form), token = context.identity?.csrfToken ?? ""
        let actor = ImportActor(username: context.identity?.username ?? "", ipAddress: context.ipAddress, time: now())
        if let kind = upload.kind, !kind.mayBeSent(by: context.identity?.role) {
            return try await refuse(upload, problem: kind.notYours, by: actor, csrfToken: token, status: .forbidden)
        }
        guard upload.problems.isEmpty, let kind = upload.kind else {
            return try await refuse(upload, by: actor, csrfToken: token)
        }
        do {
            return try await importFiles(upload, as: kind, by: actor, context: context)
        } catch let failure as FileReadFailure {
            return try await refuse(upload, fileProblems: failure.problems, by: actor, csrfToken: token)
        } catch {
            guard let problem = Self.formProblem(for: error) else { throw error }
            return try await refuse(upload, problem: problem, by: actor, csrfToken: token)
        }
    }

    /// The form's problem for files that read cleanly but cannot be saved as sent; `nil` for any other error.
    static func formProblem(for error: any Error) -> DataUpload.Problem? {
        switch error {
        case let choice as AuthorityChoiceError:
            DataUpload.Problem(field: "authority", message: authorityNeeded(choice))
        case StorageError.outsideScope(let outside):
            DataUpload.Problem(
                field: "authority",
                message: "Your account does not cover authority \(outside), so nothing was saved. "
                    + "Ask an administrator if you should import for it")
        case let shared as SupplyImportError:
            DataUpload.Problem(field: "files", message: shared.description)
        default: nil
        }
    }

    /// Reads and saves the files as the kind chosen says, and answers with what was imported. An SSDA903
    /// upload that finds nothing new is put in the audit log here: `SSDA903Import.save` writes nothing then
    /// (a command-line re-import changes nothing). Errors go back to `upload(context:)` to be refused.
    func importFiles(
        _ upload: DataUpload, as kind: DataUpload.Kind, by actor: ImportActor, context: HearthRequestContext
    ) async throws -> HTMLPage {
        let authority = upload.authority.isEmpty ? nil : upload.authority
        let confirmation: UploadConfirmation
        switch kind {
        case .ssda903:
            if let check = try await returnYearCheck(upload, authority: authority, context: context) { return check }
            let outcome = try await SSDA903Import.upload(
                upload.files, authority: authority, setsAsideInvalid: upload.setsAsideInvalid, to: store, by: actor)
            if case .unchanged(let report) = outcome {
                try await store.audit.append(SSDA903Import.unchangedEntry(report, by: actor))
            }
            confirmation = .returns(outcome)
        case .costs:
            let run = CostsImport(file: .sent(upload.files[0]), authority: authority, asAt: upload.asAt)
            let costs = try run.read()
            // A register that holds placements is replaced only once its sender has seen what would change.
            if let preview = try await costsPreview(run, costs, upload.files[0].name, context) { return preview }
            confirmation = .costs(try await run.save(costs, to: store, by: actor))
        case .budget:
            let run = BudgetImport(file: .sent(upload.files[0]), authority: authority)
            let plan = try run.read()
            if let preview = try await budgetPreview(run, plan, upload.files[0].name, context) { return preview }
            confirmation = .budget(try await run.save(plan, to: store, by: actor))
        case .households, .homes, .recruitment:
            return try await supplyPreview(upload, as: kind, authority: authority, context: context)
        }
        return confirmation.page(for: context.identity?.role)
    }

    /// The answer to a refused upload (422: every problem listed, the form again, nothing saved), with the
    /// attempt put in the audit log: who tried to bring in which files, and why it was refused. Every refusal
    /// comes through here. `problem` replaces the form's problems (an authority to enter or not covered, a kind
    /// the account may not send, which is answered with `status` 403).
    func refuse(
        _ upload: DataUpload, problem: DataUpload.Problem? = nil, fileProblems: [FileProblem] = [],
        by actor: ImportActor, csrfToken: String, status: HTTPResponse.Status = .unprocessableContent
    ) async throws -> HTMLPage {
        var refused = upload
        if let problem { refused.problems = [problem] }
        let n = fileProblems.count
        // A count, not the problems: a broken file can have hundreds of thousands, and the log keeps them all.
        let reason =
            n > 0
            ? "\(n.grouped) problem\(n == 1 ? "" : "s") in the files"
            : refused.problems.map(\.message).joined(separator: "; ")
        let what = upload.kind.map { "Upload of \($0.auditName)" } ?? "Upload"
        try await store.audit.append(actor.refusalEntry(of: what, files: upload.files.map(\.name), reason: reason))
        return UploadRefusal(upload: refused, fileProblems: fileProblems, csrfToken: csrfToken, status: status).page
    }

    /// Why the authority must be entered, in the form's words rather than the command line's.
    static func authorityNeeded(_ error: AuthorityChoiceError) -> String {
        switch error {
        case .severalAuthorities(_, let authorities):
            "Enter the authority: some rows do not say which authority they belong to, and Hearth holds "
                + "\(authorities.count) authorities (\(authorities.joined(separator: ", ")))"
        case .noData:
            "Enter the authority: some rows do not say which authority they belong to, and Hearth holds no returns yet"
        }
    }
}
