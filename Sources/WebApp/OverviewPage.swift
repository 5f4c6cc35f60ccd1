import CareModel
import Forecasting

/// The first page: how many children are in care on the data date, in which kinds of home.
struct OverviewPage {
    var date: Day
    var authorities: [AuthorityCode]
    var stock: [InCareCount]

    var page: HTMLPage {
        let total = stock.reduce(0) { $0 + $1.children }
        var body = "<h1>Children in care</h1>\n"
        body += "<p class=\"lede\">\(total.grouped) children were in care on \(date.long)"
        body += authorities.count > 1 ? " across \(authorities.count) authorities.</p>\n" : ".</p>\n"
        body += measures(total: total)
        body += categoryTable(total: total)
        body += ageTable()
        return HTMLPage(title: "Children in care", body: body)
    }

    func count(where include: (InCareCount) -> Bool) -> Int {
        stock.filter(include).reduce(0) { $0 + $1.children }
    }

    func measures(total: Int) -> String {
        let family = count { $0.category.isFamilyBased }
        let commissioned = count { $0.category.isCommissioned }
        return """
        <dl class="summary-list">
        <dt>In family-based settings</dt><dd>\(percent(family, of: total)) (\(family.grouped) children)</dd>
        <dt>In commissioned placements</dt><dd>\(percent(commissioned, of: total)) (\(commissioned.grouped) children)</dd>
        </dl>

        """
    }

    func categoryTable(total: Int) -> String {
        let rows = PlacementCategory.allCases.map { category -> [String] in
            let n = count { $0.category == category }
            return [category.label, n.grouped, percent(n, of: total)]
        }
        return HTMLTable(caption: "Children in care on \(date.long) by kind of home",
                         head: ["Kind of home", "Children", "Share"], rows: rows,
                         foot: ["Total", total.grouped, total > 0 ? "100%" : "–"]).html + "\n"
    }

    func ageTable() -> String {
        let rows = AgeBand.allCases.map { band in [band.label, count { $0.ageBand == band }.grouped] }
        return HTMLTable(caption: "Children in care on \(date.long) by age", head: ["Age", "Children"], rows: rows).html + "\n"
    }

    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let rounded = (part * 100 + whole / 2) / whole
        return part > 0 && rounded == 0 ? "less than 1%" : "\(rounded)%"
    }
}
