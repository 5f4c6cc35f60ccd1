import CareModel
import Forecasting

/// The first page: how many children are in care on the data date, in which kinds of home.
struct OverviewPage {
    var date: Day
    var authorities: [AuthorityCode]
    var stock: [InCareCount]
    /// Entries and exits in each of the 12 months up to the data date, oldest first.
    var flows: [MonthFlow] = []
    var distance: DistanceFromHome? = nil

    var page: HTMLPage {
        let total = stock.reduce(0) { $0 + $1.children }
        var body = "<h1>Children in care</h1>\n"
        body += "<p class=\"lede\">\(total.grouped) children were in care on \(date.long)"
        body += authorities.count > 1 ? " across \(authorities.count) authorities.</p>\n" : ".</p>\n"
        body += measures(total: total)
        body += flowTable()
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
        \(distanceMeasure)\(flowMeasure)</dl>

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

extension OverviewPage {
    /// "Placed more than 20 miles from home", among the children whose PL_DISTANCE is known.
    var distanceMeasure: String {
        guard let distance, distance.children > 0 else { return "" }
        guard distance.known > 0 else {
            return "<dt>Placed more than 20 miles from home</dt><dd>Not known: the returns give no PL_DISTANCE</dd>\n"
        }
        let share = percent(distance.fartherThanThreshold, of: distance.known)
        let coverage = distance.known == distance.children ? "" : "; distance known for \(distance.known.grouped) of \(distance.children.grouped)"
        return "<dt>Placed more than 20 miles from home</dt><dd>\(share) (\(Self.children(distance.fartherThanThreshold))\(coverage))</dd>\n"
    }

    /// Entries and exits in the data date's month.
    var flowMeasure: String {
        guard let month = flows.last else { return "" }
        let name = month.month.monthAndYear
        return "<dt>Started care in \(name)</dt><dd>\(month.entries.grouped)</dd>\n<dt>Left care in \(name)</dt><dd>\(month.exits.grouped)</dd>\n"
    }

    /// The 12-month trend of children starting and leaving care, with the net change.
    func flowTable() -> String {
        guard !flows.isEmpty else { return "" }
        let rows = flows.map { f in [f.month.monthAndYear, f.entries.grouped, f.exits.grouped, signed(f.entries - f.exits)] }
        let entries = flows.reduce(0) { $0 + $1.entries }, exits = flows.reduce(0) { $0 + $1.exits }
        return HTMLTable(caption: "Children starting and leaving care, last 12 months",
                         head: ["Month", "Started care", "Left care", "Net change"], rows: rows,
                         foot: ["12 months", entries.grouped, exits.grouped, signed(entries - exits)]).html + "\n"
    }

    static func children(_ n: Int) -> String { n == 1 ? "1 child" : "\(n.grouped) children" }

    func signed(_ n: Int) -> String { n > 0 ? "+" + n.grouped : n < 0 ? "−" + (-n).grouped : "0" }
}
