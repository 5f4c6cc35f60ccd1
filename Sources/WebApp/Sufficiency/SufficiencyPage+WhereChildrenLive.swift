import CareModel
import CouncilTasks
import Forecasting

extension SufficiencyPage {
    /// Where the children in care lived at each month end of the last year — in family-based care, in homes
    /// the council buys, more than 20 miles from home — the trend councils report to members. For a reader who
    /// may not see small numbers, a share whose count is 1 to 5 is not shown (the share and the total would
    /// give the count back).
    func whereChildrenLiveSection(_ report: SufficiencyReport) -> Node {
        guard !report.whereChildrenLive.isEmpty else { return .empty }
        return .group([
            .h2("Where children in care lived"),
            .p(
                .text(
                    "At each month end of the last year: the share of children in care in family-based care (foster "
                        + "care, placed with parents, placed for adoption), in homes the council buys from private and "
                        + "voluntary providers, and placed more than 20 miles from home (of those whose distance the "
                        + "return gives).")),
            HTMLTable(
                caption: "Where children in care lived at each month end",
                head: ["Month end", "Children in care", "Family-based", "Commissioned", "More than 20 miles away"],
                rows: report.whereChildrenLive.map(whereRow)
            ).node,
        ])
    }

    func whereRow(_ row: WhereChildrenLive) -> [String] {
        let children = disclosure.shows(children: row.children) ? row.children.grouped : SmallNumbers.fewer
        return [
            row.month.long, children, share(row.familyBased, row.familyBasedShare),
            share(row.commissioned, row.commissionedShare), share(row.fartherThan20Miles, row.fartherShare),
        ]
    }

    func share(_ count: Int, _ fraction: Double?) -> String {
        guard let fraction else { return "not known" }
        return disclosure.shows(children: count) ? Self.percent(fraction) : SmallNumbers.notShown
    }
}
