extension HTMLPage {
    /// The page for a database with no returns yet: what to do about it. `purpose` finishes "Hearth has no
    /// SSDA903 returns to …" ("show", "project from").
    static func noData(_ purpose: String) -> HTMLPage {
        HTMLPage(
            title: "No data yet",
            body: .group([
                .h1("No data yet"),
                .p(
                    "Hearth has no SSDA903 returns to \(purpose). Import them with ",
                    .code("hearth import ssda903 FOLDER"), ", or on the Data page."),
            ]))
    }
}

extension HTMLPage {
    /// What an account that has been given no authority sees instead of the overview: why there is nothing,
    /// and who can change it.
    static let noAuthority = HTMLPage(
        title: "No authority yet",
        body: .group([
            .h1("No authority yet"),
            .p(
                .text(
                    "Your account has not been given an authority yet, so Hearth shows you no children. This "
                        + "database holds more than one council's records, and each account sees only the councils "
                        + "it is given. Ask your Hearth administrator to give you yours (they can use "),
                .code("hearth user scope"), ")."),
        ]))
}
