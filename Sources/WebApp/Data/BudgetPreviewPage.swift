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
        HTMLPage(
            title: "Check the budget before it is replaced",
            body: .group([
                .h1("Check the budget before it is replaced"),
                .p(
                    .text(
                        "\(fileName) has been read and checked. Nothing has been saved yet: this is what it would "
                            + "change. Confirm within 30 minutes, or upload it again.")),
                .forEach(changes) { table($0) },
                form,
            ]))
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
        amount.map { "£" + String(format: "%.3f", Double($0.pence) / 100_000_000) + "m" } ?? "none"
    }

    var form: Node {
        .form(
            .method("post"), .action(Route.confirmUpload.path), .class("stacked-form"),
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            .input(.type("hidden"), .name("upload"), .value(uploadToken)),
            .button(.type("submit"), "Replace the budget"),
            .p(.a(.href(Route.data.path), "Cancel: save nothing")))
    }
}
