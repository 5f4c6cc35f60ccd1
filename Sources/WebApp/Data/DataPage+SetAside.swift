import CareModel

extension DataPage {
    /// The rows of returns set aside by imports, for the council to correct at source; hidden when none are.
    var setAsideSection: Node {
        guard setAsideCount > 0 else { return .empty }
        let shown = setAside.count < setAsideCount ? "The first \(setAside.count) of " : ""
        return .group([
            .h2("Rows set aside"),
            .p(
                .text(
                    "\(shown)\(setAsideCount.grouped) row\(setAsideCount == 1 ? "" : "s") of returns broke a rule and "
                        + "were left out of imports that set invalid rows aside. Correct them in the case-management "
                        + "system; a later return that brings them again takes them off this list. "),
                .code("hearth import set-aside --format csv"), " exports the whole list."),
            HTMLTable(
                caption: "Rows set aside, by authority, file and row",
                head: ["Authority", "File", "Row", "Field", "Rule", "Child"],
                rows: setAside.map { row in
                    [row.authority, row.file, String(row.row), row.field ?? "", row.rule, row.child]
                }, firstColumnIsText: 6
            ).node,
        ])
    }
}
