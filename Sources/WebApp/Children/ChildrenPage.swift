import Foundation
import CareModel

/// The searchable list of children in care: one page of `ChildrenList.pageSize` rows, a count, and
/// links to the pages before and after.
struct ChildrenPage {
    var list: ChildrenList
    var query: String
    var la: String?
    /// The page asked for, 1-based; out-of-range pages show the nearest one.
    var requestedPage: Int

    var pageCount: Int { max(1, (list.rows.count + ChildrenList.pageSize - 1) / ChildrenList.pageSize) }
    var pageNumber: Int { min(max(1, requestedPage), pageCount) }

    var page: HTMLPage {
        let first = (pageNumber - 1) * ChildrenList.pageSize
        let shown = Array(list.rows.dropFirst(first).prefix(ChildrenList.pageSize))
        var body = "<h1>Children</h1>\n"
        body += "<p class=\"lede\">Children in care on \(list.date.long), with their home and its weekly cost from the costs register.</p>\n"
        body += searchForm
        if shown.isEmpty {
            body += "<p>No children in care match.</p>\n"
            return HTMLPage(title: "Children", body: body)
        }
        body += "<p>Showing \((first + 1).grouped) to \((first + shown.count).grouped) of \(list.rows.count.grouped) children</p>\n"
        body += table(shown) + pagination
        return HTMLPage(title: "Children", body: body)
    }

    var searchForm: String {
        """
        <form method="get" action="/children" class="inline-form">
        <label for="q">Child ID starts with</label>
        <input id="q" name="q" type="search" value="\(escape(query))" size="12">
        \(la.map { "<input type=\"hidden\" name=\"la\" value=\"\(escape($0))\">" } ?? "")
        <button type="submit">Search</button>
        </form>

        """
    }

    func table(_ rows: [ChildrenListRow]) -> String {
        var out = "<table>\n<caption>Children in care on \(list.date.long), page \(pageNumber) of \(pageCount)</caption>\n<thead><tr>"
        out += "<th scope=\"col\">Child ID</th><th scope=\"col\">Authority</th><th scope=\"col\" class=\"numeric\">Age</th>"
        out += "<th scope=\"col\">Kind of home</th><th scope=\"col\">Provider</th><th scope=\"col\" class=\"numeric\">Weekly cost</th></tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr><th scope=\"row\"><a href=\"\(Self.link(row.key))\">\(escape(row.key.child))</a></th>"
            out += "<td>\(escape(row.key.authority))</td><td class=\"numeric\">\(row.age)</td>"
            out += "<td>\(escape(row.category.label))</td><td>\(escape(row.provider ?? "–"))</td>"
            out += "<td class=\"numeric\">\(row.netWeekly?.formatted ?? "–")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The child page's address; IDs are percent-encoded as path segments.
    static func link(_ key: ChildKey) -> String {
        "/children/\(segment(key.authority))/\(segment(key.child))"
    }

    /// Percent-encodes all but letters, digits, `-`, `_` and `.`: safe as a path segment or a query value
    /// (IDs here, and the budget monitor's line names such as "External Fostering (IFA)").
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", "."])) ?? text
    }

    var pagination: String {
        guard pageCount > 1 else { return "" }
        var links: [String] = []
        if pageNumber > 1 { links.append("<a href=\"\(escape(address(page: pageNumber - 1)))\" rel=\"prev\">Previous page</a>") }
        if pageNumber < pageCount { links.append("<a href=\"\(escape(address(page: pageNumber + 1)))\" rel=\"next\">Next page</a>") }
        return "<nav class=\"pagination\" aria-label=\"Pages of children\">\(links.joined(separator: " "))</nav>\n"
    }

    func address(page: Int) -> String {
        var fields = ["page=\(page)"]
        if !query.isEmpty { fields.append("q=" + Self.segment(query)) }
        if let la { fields.append("la=" + Self.segment(la)) }
        return "/children?" + fields.joined(separator: "&")
    }
}
