import CareModel
import CouncilTasks

/// What a foster households, children's homes or recruitment events upload would change, before anything is
/// replaced: per authority, the register now and after (households and approved places, homes and beds, events
/// and prospects) and the references the file adds, drops and changes, with a warning when more than half of
/// the register would go. Every such upload comes here, even for an authority with no register yet, since the
/// file replaces the whole register. Nothing is saved until the person confirms.
struct SupplyPreviewPage {
    var kind: DataUpload.Kind
    var fileName: String
    var changes: [SupplyChange]
    var uploadToken: String
    var csrfToken: String

    var page: HTMLPage {
        UploadPreview.page(
            title: "Check the \(kind.label.lowercasedFirst) before they are replaced", warning: warning,
            fileName: fileName, tables: .forEach(changes) { table($0) }, form: form)
    }

    /// GOV.UK's warning text, when replacing would take away more than half of a register.
    var warning: Node {
        guard let shrink = changes.first(where: \.removesMoreThanHalf) else { return .empty }
        return .div(
            .class("error-summary"), .role("alert"),
            .h2("Replacing would remove most of the register"),
            .p(
                .text(
                    "Replacing authority \(shrink.authority)'s \(kind.label.lowercasedFirst) with this file would "
                        + "remove \(shrink.measureGone.grouped) of its \(shrink.measureNow.grouped) "
                        + "\(shrink.measure). The file replaces the whole register: if it holds only some of it, "
                        + "cancel and upload the whole register.")))
    }

    func table(_ change: SupplyChange) -> Node {
        HTMLTable(
            caption: "Authority \(change.authority): the register now and after",
            head: ["Register", "Now", "After"],
            rows: change.lines.map { [$0.name, $0.now?.grouped ?? "", $0.after.grouped] }
        ).node
    }

    var form: Node {
        UploadPreview.confirmForm(
            uploadToken: uploadToken, csrfToken: csrfToken, choices: .empty, button: "Replace the register")
    }
}
