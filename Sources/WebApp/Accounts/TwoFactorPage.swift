/// The second step of signing in with two factors: the code from the authenticator app, or a recovery code.
/// Its form's token is the waiting session's.
struct TwoFactorPage {
    var csrfToken: String
    var next: String
    var problem: String?

    static let wrongCode =
        "The code is not right or has been used. Enter the 6 digits your authenticator app shows now, or an unused "
        + "recovery code."

    static let explanation =
        "Your account signs in with two factors. Open your authenticator app and enter the code it shows for "
        + "Hearth. If you do not have your phone, enter one of your recovery codes instead."

    var page: HTMLPage {
        let summary: Node = problem.map { ErrorSummary(problems: [(field: "code", message: $0)]).node } ?? .empty
        let elsewhere: Node = .p(.a(.href(Route.signInForm.path), "Sign in as someone else"))
        return HTMLPage(
            title: problem == nil ? "Enter your code" : "Error: Enter your code",
            body: .group([summary, .h1("Enter your code"), .p(.text(Self.explanation)), form, elsewhere]),
            status: problem == nil ? .ok : .unauthorized)
    }

    var form: Node {
        .form(
            .method("post"), .action(Route.twoFactor.path), .class("stacked-form"),
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            .input(.type("hidden"), .name("next"), .value(next)),
            .label(.for("code"), "Code"),
            .input(
                .id("code"), .name("code"), .type("text"), .autocomplete("off"), .spellcheck("false"),
                .required),
            .button(.type("submit"), "Continue"))
    }
}
