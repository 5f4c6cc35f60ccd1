/// A GOV.UK-style table: caption, column headers, row headers in the first column, numbers right-aligned.
/// It scrolls sideways inside its own labelled region on a narrow screen, so the page itself never does.
struct HTMLTable {
    var caption: String
    var head: [String]
    var rows: [[String]]
    var foot: [String]? = nil
    /// How many leading columns hold text (left-aligned); the rest are numbers.
    var firstColumnIsText = 1
    /// Where each body row's first cell links to (the drill-down from a line or a child ID), by row; `nil`
    /// or a missing entry leaves the cell as plain text.
    var rowLinks: [String?] = []

    var node: Node {
        .tableRegion(
            caption,
            .table(
                .caption(.text(caption)),
                .thead(
                    .tr(
                        .forEach(head.indices) { i in
                            .th(.scope("col"), .if(i >= firstColumnIsText, .class("numeric")), .text(head[i]))
                        })),
                .tbody(.forEach(rows.indices) { r in line(rows[r], link: r < rowLinks.count ? rowLinks[r] : nil) }),
                foot.map { .tfoot(line($0)) } ?? .empty))
    }

    func line(_ cells: [String], link: String? = nil) -> Node {
        .tr(
            .forEach(cells.indices) { i in
                if i == 0 { return .th(.scope("row"), link.map { .a(.href($0), .text(cells[0])) } ?? .text(cells[0])) }
                return i >= firstColumnIsText ? .td(.class("numeric"), .text(cells[i])) : .td(.text(cells[i]))
            })
    }
}
