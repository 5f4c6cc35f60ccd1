import CareModel
import CouncilTasks

extension SummaryReport {
    /// Aligned text tables: stock by kind of home × age band, then entries and exits by month.
    var table: String {
        let authorities = Array(Set(stock.map(\.authority) + flowRows.map(\.authority))).sorted()
        var out = "Children in care on \(date.long)"
        out += authorities.count == 1 ? " (authority \(authorities[0]))\n" : " (\(authorities.count) authorities)\n"
        out += group.isEveryone ? "\n" : "Only: \(group.label)\n\n"
        out += stockTable
        out += "Of whom unaccompanied asylum-seeking children (UASC): \(uascInCare.grouped)\n\n"
        out += flowTable
        return out
    }

    var stockTable: String {
        let columns = AgeBand.allCases.map(\.label) + ["Total"]
        let labelWidth = PlacementCategory.allCases.map(\.label.count).max()! + 2
        var out = "Kind of home".rightPadded(to: labelWidth) + columns.map { $0.leftPadded(to: 12) }.joined() + "\n"
        for category in PlacementCategory.allCases {
            let cells = AgeBand.allCases.map { band in count { $0.category == category && $0.ageBand == band } }
            out +=
                category.label.rightPadded(to: labelWidth)
                + (cells + [cells.reduce(0, +)]).map { $0.grouped.leftPadded(to: 12) }.joined() + "\n"
        }
        let totals = AgeBand.allCases.map { band in count { $0.ageBand == band } }
        out +=
            "Total".rightPadded(to: labelWidth)
            + (totals + [totals.reduce(0, +)]).map { $0.grouped.leftPadded(to: 12) }.joined() + "\n"
        return out
    }

    var flowTable: String {
        var months: [String: (Int, Int)] = [:]
        for row in flowRows {
            let sum = months[row.month] ?? (0, 0)
            months[row.month] = (sum.0 + row.entries, sum.1 + row.exits)
        }
        var out =
            "Month".rightPadded(to: 18) + "Started care".leftPadded(to: 14) + "Left care".leftPadded(to: 12) + "\n"
        for month in months.keys.sorted() {
            let (entries, exits) = months[month]!
            let label = Day(iso: month + "-01")?.monthAndYear ?? month
            out +=
                label.rightPadded(to: 18) + entries.grouped.leftPadded(to: 14) + exits.grouped.leftPadded(to: 12) + "\n"
        }
        return out
    }

    func count(_ include: (InCareCount) -> Bool) -> Int {
        stock.filter(include).reduce(0) { $0 + $1.children }
    }
}
