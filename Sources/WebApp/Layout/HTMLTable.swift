/// A GOV.UK-style table: caption, column headers, row headers in the first column, numbers right-aligned.
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

    var html: String {
        var out = "<table>\n<caption>\(escape(caption))</caption>\n<thead><tr>"
        for (i, h) in head.enumerated() { out += "<th scope=\"col\"\(i >= firstColumnIsText ? " class=\"numeric\"" : "")>\(escape(h))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() { out += line(row, link: r < rowLinks.count ? rowLinks[r] : nil) }
        out += "</tbody>\n"
        if let foot { out += "<tfoot>\n" + line(foot) + "</tfoot>\n" }
        return out + "</table>\n"
    }

    func line(_ cells: [String], link: String? = nil) -> String {
        var out = "<tr>"
        for (i, cell) in cells.enumerated() {
            if i == 0 {
                let text = link.map { "<a href=\"\(escape($0))\">\(escape(cell))</a>" } ?? escape(cell)
                out += "<th scope=\"row\">\(text)</th>"
                continue
            }
            out += i >= firstColumnIsText ? "<td class=\"numeric\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
        }
        return out + "</tr>\n"
    }
}
