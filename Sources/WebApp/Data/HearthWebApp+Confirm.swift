import CareModel
import CouncilTasks
import Foundation
import Interchange
import Storage

extension HearthWebApp {
    /// When the upload would replace a register that holds placements: keeps it for 30 minutes and answers with
    /// what it would change, to be confirmed; `nil` when there is nothing to replace (it is simply saved).
    func costsPreview(_ run: CostsImport, _ costs: [PlacementCost], _ name: String, _ context: HearthRequestContext)
        async throws -> HTMLPage?
    {
        let previews = try await run.preview(costs, modes: [.replace, .merge], store: store, today: today())
        let replace = previews[.replace] ?? [], merge = previews[.merge] ?? []
        guard replace.contains(where: { $0.before > 0 }), let user = context.identity else { return nil }
        let token = try await PendingUpload(fileName: name, authority: run.authority, content: .costs(costs))
            .hold(in: store, for: user.username, at: now())
        return CostsPreviewPage(
            fileName: name, replace: replace, merge: merge, uploadToken: token, csrfToken: user.csrfToken
        ).page
    }

    /// POST /data/confirm: saves the upload waiting under the form's token, as its sender chose.
    func confirmUpload(context: HearthRequestContext) async throws -> HTMLPage {
        guard let user = context.identity,
            let pending = try await PendingUpload.take(
                token: context.form["upload"] ?? "", from: store, for: user.username, at: now())
        else { return .uploadGone }
        let mode = CostsImport.Mode(rawValue: context.form["mode"] ?? "") ?? .replace
        let year = Int(context.form["return-year"] ?? "").flatMap { (2000...2099).contains($0) ? $0 : nil }
        let actor = ImportActor(username: user.username, ipAddress: context.ipAddress, time: now())
        if let refusal = Self.refusal(of: pending, by: user.role) { return refusal }
        let saved: UploadSaved
        do { saved = try await pending.save(mode: mode, returnYear: year, to: store, by: actor) } catch {
            return try await notImported(error)
        }
        switch saved {
        case .costs(let saved): return UploadConfirmation.costs(saved).page(for: user.role)
        case .budget(let saved): return UploadConfirmation.budget(saved).page(for: user.role)
        case .returns(let outcome):
            if case .unchanged(let report) = outcome {
                try await store.audit.append(SSDA903Import.unchangedEntry(report, by: actor))
            }
            return UploadConfirmation.returns(outcome).page(for: user.role)
        case .supply(let register, let saved): return supplySaved(register, saved, role: user.role)
        }
    }

    /// Returns sent without a year in some file's name: read and checked (a bad file is refused as ever), then
    /// kept for 30 minutes while the sender sees which year each was taken as, and confirms or chooses another.
    /// `nil` when every file names its year (they are simply imported).
    func returnYearCheck(_ upload: DataUpload, authority: AuthorityCode?, context: HearthRequestContext)
        async throws -> HTMLPage?
    {
        guard let user = context.identity, upload.files.contains(where: { !SSDA903Reader.sentNameGivesYear($0.name) })
        else { return nil }
        let read = try await SSDA903Import.check(
            upload.files, authority: authority, setsAsideInvalid: upload.setsAsideInvalid, in: store)
        let guessed = ReturnYearPage.guessed(in: read.extract.report)
        guard !guessed.isEmpty else { return nil }
        let content = PendingUpload.Content.returns(upload.files, setsAsideInvalid: upload.setsAsideInvalid)
        let token = try await PendingUpload(
            fileName: upload.files.map(\.name).joined(separator: ", "), authority: authority, content: content
        ).hold(in: store, for: user.username, at: now())
        return ReturnYearPage(guessed: guessed, uploadToken: token, csrfToken: user.csrfToken).page
    }

    /// A confirmed upload that could not be saved after all (its authority cannot be chosen, or a register shares
    /// references with one saved since it was previewed, say): nothing saved.
    func notImported(_ error: any Error) async throws -> HTMLPage {
        let message: String
        switch error {
        case let failure as FileReadFailure: message = failure.problems.map(\.description).joined(separator: "; ")
        case let choice as AuthorityChoiceError: message = Self.authorityNeeded(choice)
        case StorageError.outsideScope(let outside): message = "Your account does not cover authority \(outside)"
        case let shared as SupplyImportError: message = shared.description
        default: throw error
        }
        return .problem(title: "Nothing was saved", message: message + ".", field: nil, status: .unprocessableContent)
    }

    /// When the upload would replace a year's budget that exists: keeps it and answers with each line's budget
    /// before and after, to be confirmed; `nil` when no budget would be replaced (it is simply saved).
    func budgetPreview(_ run: BudgetImport, _ plan: BudgetPlan, _ name: String, _ context: HearthRequestContext)
        async throws -> HTMLPage?
    {
        let changes = try await run.preview(plan, store: store)
        guard changes.contains(where: \.replacesABudget), let user = context.identity else { return nil }
        let token = try await PendingUpload(fileName: name, authority: run.authority, content: .budget(plan))
            .hold(in: store, for: user.username, at: now())
        return BudgetPreviewPage(fileName: name, changes: changes, uploadToken: token, csrfToken: user.csrfToken).page
    }

    /// POST /data/undo (administrators): puts the data back as it was before the import.
    func undoImport(context: HearthRequestContext) async throws -> HTMLPage {
        let id = Int64(context.form["import"] ?? "") ?? 0
        let actor = ImportActor(username: context.identity?.username ?? "", ipAddress: context.ipAddress, time: now())
        do {
            let version = try await ImportUndo(id: id).run(store: store, by: actor)
            return HTMLPage(
                title: "Import undone",
                body: .group([
                    .div(.class("confirmation"), .role("status"), .h1("Import \(id) undone")),
                    .p(.text("The data is as it was before import \(id) (\(version.summary)).")),
                    .p(.a(.href(Route.data.path), "Back to the Data page")),
                ]))
        } catch let refusal as ImportUndoError {
            return .problem(title: "Import not undone", message: refusal.description, field: nil, status: .conflict)
        }
    }
}

extension HTMLPage {
    /// The confirmation came after 30 minutes, or twice, or from someone else: nothing was saved.
    static let uploadGone = HTMLPage(
        title: "The upload has expired",
        body: .group([
            .h1("The upload has expired"),
            .p(
                .text(
                    "Uploads wait 30 minutes to be confirmed, and each can be confirmed once. Nothing was saved: "
                        + "upload the file again on the "), .a(.href(Route.data.path), "Data page"), "."),
        ]),
        status: .gone)
}
