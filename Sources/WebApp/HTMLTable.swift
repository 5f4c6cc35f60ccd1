/// A GOV.UK-style table: caption, column headers, row headers in the first column, numbers right-aligned.
struct HTMLTable {
    var caption: String
    var head: [String]
    var rows: [[String]]
    var foot: [String]? = nil
    /// How many leading columns hold text (left-aligned); the rest are numbers.
    var firstColumnIsText = 1

    var html: String {
        var out = "<table>\n<caption>\(escape(caption))</caption>\n<thead><tr>"
        for (i, h) in head.enumerated() { out += "<th scope=\"col\"\(i >= firstColumnIsText ? " class=\"numeric\"" : "")>\(escape(h))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows { out += line(row) }
        out += "</tbody>\n"
        if let foot { out += "<tfoot>\n" + line(foot) + "</tfoot>\n" }
        return out + "</table>\n"
    }

    func line(_ cells: [String]) -> String {
        var out = "<tr>"
        for (i, cell) in cells.enumerated() {
            if i == 0 { out += "<th scope=\"row\">\(escape(cell))</th>"; continue }
            out += i >= firstColumnIsText ? "<td class=\"numeric\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
        }
        return out + "</tr>\n"
    }
}
