import CareModel
import Foundation

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
        let intro: Node = .group([
            .h1("Children"),
            .p(
                .class("lede"),
                "Children in care on \(list.date.long), with their home and its weekly cost from the costs register."),
            searchForm,
        ])
        guard !shown.isEmpty else {
            return HTMLPage(title: "Children", body: .group([intro, .p("No children in care match.")]))
        }
        return HTMLPage(
            title: "Children",
            body: .group([
                intro,
                .p(
                    "Showing \((first + 1).grouped) to \((first + shown.count).grouped) ",
                    "of \(list.rows.count.grouped) children"),
                table(shown), pagination,
            ]))
    }

    var searchForm: Node {
        .form(
            .method("get"), .action(Route.children.path), .class("inline-form"),
            .label(.for("q"), "Child ID starts with"),
            .input(.id("q"), .name("q"), .type("search"), .value(query), .size("12")),
            la.map { .input(.type("hidden"), .name("la"), .value($0)) } ?? .empty,
            .button(.type("submit"), "Search"))
    }

    func table(_ rows: [ChildrenListRow]) -> Node {
        let caption = "Children in care on \(list.date.long), page \(pageNumber) of \(pageCount)"
        return .tableRegion(caption, tableBody(rows, caption: caption))
    }

    func tableBody(_ rows: [ChildrenListRow], caption: String) -> Node {
        .table(
            .caption(.text(caption)),
            .thead(
                .tr(
                    .th(.scope("col"), "Child ID"), .th(.scope("col"), "Authority"),
                    .th(.scope("col"), .class("numeric"), "Age"), .th(.scope("col"), "Kind of home"),
                    .th(.scope("col"), "Provider"), .th(.scope("col"), .class("numeric"), "Weekly cost"))),
            .tbody(.forEach(rows) { tableRow($0) }))
    }

    /// One child: their ID linking to their record, then their authority, age, home and its weekly cost.
    func tableRow(_ row: ChildrenListRow) -> Node {
        .tr(
            .th(.scope("row"), .a(.href(Self.link(row.key)), .text(row.key.child))),
            .td(.text(row.key.authority)), .td(.class("numeric"), .text(String(row.age))),
            .td(.text(row.category.label)), .td(.text(row.provider ?? "–")),
            .td(.class("numeric"), .text(row.netWeekly?.formatted ?? "–")))
    }

    /// The child page's address; IDs are percent-encoded as path segments.
    static func link(_ key: ChildKey) -> String {
        "\(Route.child.path)/\(segment(key.authority))/\(segment(key.child))"
    }

    /// Percent-encodes all but letters, digits, `-`, `_` and `.`: safe as a path segment or a query value
    /// (IDs here, and the budget monitor's line names such as "External Fostering (IFA)").
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", "."])) ?? text
    }

    /// Links to the pages before and after, with a space between them when there are both.
    var pagination: Node {
        guard pageCount > 1 else { return .empty }
        let hasPrevious = pageNumber > 1, hasNext = pageNumber < pageCount
        return .nav(
            .class("pagination"), .ariaLabel("Pages of children"),
            .if(hasPrevious, .a(.href(address(page: pageNumber - 1)), .rel("prev"), "Previous page")),
            .if(hasPrevious && hasNext, " "),
            .if(hasNext, .a(.href(address(page: pageNumber + 1)), .rel("next"), "Next page")))
    }

    func address(page: Int) -> String {
        var fields = ["page=\(page)"]
        if !query.isEmpty { fields.append("q=" + Self.segment(query)) }
        if let la { fields.append("la=" + Self.segment(la)) }
        return Route.children.path + "?" + fields.joined(separator: "&")
    }
}
