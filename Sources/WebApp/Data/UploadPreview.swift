import CareModel

/// What the costs, budget and supply register previews share: amounts as the monitor shows them, and the
/// confirmation form that carries the waiting upload's one-time token.
enum UploadPreview {
    /// "£1.234m", or `none` when there is no amount.
    static func millions(_ amount: Money?, none: String) -> String {
        amount.map { "£\($0.millions)m" } ?? none
    }

    /// The preview page: a warning (or nothing) above the heading, what was read, the tables, and the form.
    static func page(title: String, warning: Node = .empty, fileName: String, tables: Node, form: Node) -> HTMLPage {
        HTMLPage(
            title: title,
            body: .group([
                warning,
                .h1(.text(title)),
                .p(
                    .text(
                        "\(fileName) has been read and checked. Nothing has been saved yet: this is what it would "
                            + "change. Confirm within 30 minutes, or upload it again.")),
                tables,
                form,
            ]))
    }

    /// POST /data/confirm with the tokens, `choices` (radios, or nothing), the button, and a way out.
    static func confirmForm(uploadToken: String, csrfToken: String, choices: Node, button: String) -> Node {
        .form(
            .method("post"), .action(Route.confirmUpload.path), .class("stacked-form upload-form"),
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            .input(.type("hidden"), .name("upload"), .value(uploadToken)),
            choices,
            .button(.type("submit"), .text(button)),
            .p(.a(.href(Route.data.path), "Cancel: save nothing")))
    }
}
