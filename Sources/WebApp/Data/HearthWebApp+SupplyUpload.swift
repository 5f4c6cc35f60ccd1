import CareModel
import CouncilTasks
import Hummingbird
import Storage

extension HearthWebApp {
    /// Foster households, children's homes or recruitment events: read and checked (a bad file is refused as
    /// ever), then always held for 30 minutes while the sender sees each authority's register now and after —
    /// whether or not it has one yet — because the file replaces the whole register and nothing else would
    /// show that a partial file drops most of it. Errors go back to `upload(context:)` to be refused.
    func supplyPreview(
        _ upload: DataUpload, as kind: DataUpload.Kind, authority: AuthorityCode?, context: HearthRequestContext
    ) async throws -> HTMLPage {
        // The upload route lets in only signed-in accounts, and only these kinds come here.
        guard let register = kind.supplyRegister, let user = context.identity else { throw HTTPError(.forbidden) }
        let read = try SupplyUpload.read(upload.files, as: register, authority: authority)
        let run = SupplyImport(
            register: read, fileName: upload.files.map(\.name).joined(separator: ", "), authority: authority)
        let changes = try await run.preview(in: store, today: today())
        // The account's store reads nothing of another authority, so its register would look empty: refuse now
        // rather than show a preview that saving would refuse.
        if let outside = changes.first(where: { !scope.allows($0.authority) }) {
            throw StorageError.outsideScope(authority: outside.authority)
        }
        let token = try await PendingUpload(fileName: run.fileName, authority: authority, content: .supply(read))
            .hold(in: store, for: user.username, at: now())
        return SupplyPreviewPage(
            kind: kind, fileName: run.fileName, changes: changes, uploadToken: token, csrfToken: user.csrfToken
        ).page
    }

    /// A held register whose sender's role has since lost the right to replace it (403, nothing saved);
    /// `nil` for every other upload.
    static func refusal(of pending: PendingUpload, by role: Role?) -> HTMLPage? {
        guard case .supply(let register) = pending.content else { return nil }
        let kind = DataUpload.Kind(register: register)
        guard !kind.mayBeSent(by: role) else { return nil }
        return .problem(
            title: "Nothing was saved", message: kind.notYours.message + ".", field: nil, status: .forbidden)
    }

    /// The page after a confirmed register: what was saved for each authority, and where it now shows.
    func supplySaved(_ register: SupplyRegister, _ saved: [SupplyImport.Saved], role: Role?) -> HTMLPage {
        UploadConfirmation.supply(DataUpload.Kind(register: register), saved).page(for: role)
    }
}
