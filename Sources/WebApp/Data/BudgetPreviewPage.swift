import CareModel
import CouncilTasks

/// What a budget upload would change, before any year's budget is replaced: each line's budget before and
/// after, per authority and year. Nothing is saved until the person confirms.
struct BudgetPreviewPage {
    var fileName: String
    var changes: [BudgetChange]
    var uploadToken: String
    var csrfToken: String

    var page: HTMLPage {
        UploadPreview.page(
            title: "Check the budget before it is replaced", fileName: fileName,
            tables: .forEach(changes) { table($0) }, form: form)
    }

    func table(_ change: BudgetChange) -> Node {
        HTMLTable(
            caption: "Authority \(change.authority), \(change.year.label): each line's budget now and after",
            head: ["Budget line", "Now", "After"],
            rows: change.lines.map { [$0.name, Self.money($0.before), Self.money($0.after)] },
            foot: ["Total", Self.money(change.totalBefore), Self.money(change.totalAfter)]
        ).node
    }

    static func money(_ amount: Money?) -> String {
        UploadPreview.millions(amount, none: "none")
    }

    var form: Node {
        UploadPreview.confirmForm(
            uploadToken: uploadToken, csrfToken: csrfToken, choices: .empty, button: "Replace the budget")
    }
}
