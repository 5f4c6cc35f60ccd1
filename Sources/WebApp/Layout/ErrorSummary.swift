/// GOV.UK's error summary: "There is a problem" and each problem, linking to its field when there is
/// one. It takes the focus as the page loads (`autofocus`, no script needed).
struct ErrorSummary {
    /// The field's id (or `nil`) and what is wrong with it.
    var problems: [(field: String?, message: String)]

    var node: Node {
        .div(
            .class("error-summary"), .role("alert"), .tabindex("-1"), .autofocus,
            .h2("There is a problem"),
            .ul(
                .forEach(problems.indices) { i in
                    let (field, message) = problems[i]
                    return .li(field.map { .a(.href("#\($0)"), .text(message)) } ?? .text(message))
                }))
    }
}
