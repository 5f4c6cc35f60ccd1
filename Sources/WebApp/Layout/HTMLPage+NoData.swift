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
