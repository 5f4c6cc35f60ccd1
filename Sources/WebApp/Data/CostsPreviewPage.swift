import CareModel
import CouncilTasks

/// What a costs register upload would change, before anything is replaced: per authority, the register now,
/// replaced by the file, and with the file merged in — placements, added, removed, repriced and the month's
/// forecast outturn — with a warning when replacing would remove more than half of it. Nothing is saved until
/// the person confirms (the upload waits 30 minutes under a one-time token).
struct CostsPreviewPage {
    var fileName: String
    var replace: [RegisterChange]
    var merge: [RegisterChange]
    var uploadToken: String
    var csrfToken: String

    var page: HTMLPage {
        UploadPreview.page(
            title: "Check the costs register before it is replaced", warning: warning, fileName: fileName,
            tables: .forEach(replace.indices) { table(replace[$0], merge[$0]) }, form: form)
    }

    /// GOV.UK's warning text, when replacing would remove more than half of a register.
    var warning: Node {
        guard let shrink = replace.first(where: \.shrinksByMoreThanHalf) else { return .empty }
        return .div(
            .class("error-summary"), .role("alert"),
            .h2("Replacing would remove most of the register"),
            .p(
                .text(
                    "Replacing authority \(shrink.authority)'s register with this file would remove "
                        + "\(shrink.removed.grouped) of its \(shrink.before.grouped) placements. If the file holds only "
                        + "some placements, choose “Update only the placements in the file”.")))
    }

    func table(_ replaced: RegisterChange, _ merged: RegisterChange) -> Node {
        let forecast = replaced.period.map { "Forecast outturn for \($0.label)" } ?? "Forecast outturn"
        let rows: [[String]] = [
            ["Placements", replaced.before.grouped, replaced.after.grouped, merged.after.grouped],
            ["Added", "", replaced.added.grouped, merged.added.grouped],
            ["Removed", "", replaced.removed.grouped, merged.removed.grouped],
            ["Repriced", "", replaced.repriced.grouped, merged.repriced.grouped],
            [
                forecast, Self.money(replaced.forecastBefore), Self.money(replaced.forecastAfter),
                Self.money(merged.forecastAfter),
            ],
        ]
        return HTMLTable(
            caption: "Authority \(replaced.authority): the register now and after",
            head: ["Register", "Now", "Replaced by the file", "File merged in"], rows: rows
        ).node
    }

    static func money(_ amount: Money?) -> String {
        UploadPreview.millions(amount, none: "no budget")
    }

    var form: Node {
        UploadPreview.confirmForm(
            uploadToken: uploadToken, csrfToken: csrfToken,
            choices: .fieldset(
                .legend("What should the file do?"),
                choice("replace", "Replace the whole register with the file", checked: true),
                choice("merge", "Update only the placements in the file, and keep the rest", checked: false)),
            button: "Confirm and save")
    }

    func choice(_ value: String, _ label: String, checked: Bool) -> Node {
        let id = value == "replace" ? "mode" : "mode-\(value)"
        return .div(
            .class("radio"),
            .input(.type("radio"), .id(id), .name("mode"), .value(value), .if(checked, .checked)),
            .label(.for(id), .text(label)))
    }
}
