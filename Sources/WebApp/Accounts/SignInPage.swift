/// The sign-in form. Its CSRF token is bound to the pre-session cookie set with it; `next` is where to
/// go afterwards.
struct SignInPage {
    var csrfToken: String
    var next: String
    var username = ""
    var problem: String?

    var page: HTMLPage {
        HTMLPage(
            title: problem == nil ? "Sign in" : "Error: Sign in",
            body: .group([
                problem.map { ErrorSummary(problems: [(field: "username", message: $0)]).node } ?? .empty,
                .h1("Sign in to Hearth"),
                form,
            ]),
            status: problem == nil ? .ok : .unauthorized)
    }

    var form: Node {
        .form(
            .method("post"), .action(Route.signIn.path), .class("stacked-form"),
            .input(.type("hidden"), .name("csrf_token"), .value(csrfToken)),
            .input(.type("hidden"), .name("next"), .value(next)),
            .label(.for("username"), "Username"),
            .input(
                .id("username"), .name("username"), .type("text"), .autocomplete("username"), .spellcheck("false"),
                .value(username), .required),
            .label(.for("password"), "Password"),
            .input(.id("password"), .name("password"), .type("password"), .autocomplete("current-password"), .required),
            .button(.type("submit"), "Sign in"))
    }
}
