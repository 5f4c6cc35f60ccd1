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
            registers: registers
        ).page
    }

    /// Checks the form, reads every file, and only then saves: any problem is answered 422 with every
    /// problem listed, and nothing is written.
    func upload(context: HearthRequestContext) async throws -> HTMLPage {
        let upload = DataUpload(form: context.form), token = context.identity?.csrfToken ?? ""
        guard upload.problems.isEmpty, let kind = upload.kind else {
            return UploadRefusal(upload: upload, csrfToken: token).page
        }
        let actor = ImportActor(username: context.identity?.username ?? "", ipAddress: context.ipAddress, time: now())
        let authority = upload.authority.isEmpty ? nil : upload.authority
        do {
            let confirmation: UploadConfirmation
            switch kind {
            case .ssda903:
                confirmation = .returns(
                    try await SSDA903Import.upload(
                        upload.files, authority: authority, setsAsideInvalid: upload.setsAsideInvalid, to: store,
                        by: actor))
            case .costs:
                let run = CostsImport(file: .sent(upload.files[0]), authority: authority, asAt: upload.asAt)
                confirmation = .costs(try await run.save(try run.read(), to: store, by: actor))
            case .budget:
                let run = BudgetImport(file: .sent(upload.files[0]), authority: authority)
                confirmation = .budget(try await run.save(try run.read(), to: store, by: actor))
            }
            return confirmation.page(for: context.identity?.role)
        } catch let failure as FileReadFailure {
            return UploadRefusal(upload: upload, fileProblems: failure.problems, csrfToken: token).page
        } catch let error as AuthorityChoiceError {
            var refused = upload
            refused.problems = [DataUpload.Problem(field: "authority", message: Self.authorityNeeded(error))]
            return UploadRefusal(upload: refused, csrfToken: token).page
        } catch StorageError.outsideScope(let outside) {
            var refused = upload
            refused.problems = [
                DataUpload.Problem(
                    field: "authority",
                    message: "Your account does not cover authority \(outside), so nothing was saved. "
                        + "Ask an administrator if you should import for it")
            ]
            return UploadRefusal(upload: refused, csrfToken: token).page
        }
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
