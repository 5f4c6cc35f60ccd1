/// GOV.UK's error summary: "There is a problem" and each problem, linking to its field when there is
/// one (a list only when there are some), then anything more the page says about them (the Data page's
/// table of the files' problems). It takes the focus as the page loads (`autofocus`, no script needed).
struct ErrorSummary {
    /// The field's id (or `nil`) and what is wrong with it.
    var problems: [(field: String?, message: String)]
    /// What follows the list inside the summary.
    var more: Node = .empty

    var node: Node {
        .div(
            .class("error-summary"), .role("alert"), .tabindex("-1"), .autofocus,
            .h2("There is a problem"),
            .if(
                !problems.isEmpty,
                .ul(
                    .forEach(problems.indices) { i in
                        let (field, message) = problems[i]
                        return .li(field.map { .a(.href("#\($0)"), .text(message)) } ?? .text(message))
                    })),
            more)
    }
}
