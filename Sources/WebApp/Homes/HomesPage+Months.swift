import CareModel
import CouncilTasks
import Forecasting

extension HomesPage {
    /// Bed-days, empty bed-days and the cost of empty block beds in each of the 12 months, with the totals.
    var monthsSection: Node {
        let rows = report.months.map { month -> [String] in
            let homes = month.homes
            return [
                monthLabel(month.month), homes.reduce(0) { $0 + $1.bedDays }.grouped,
                homes.reduce(0) { $0 + $1.emptyBedDays }.grouped, Self.cost(homes).formatted,
            ]
        }
        let all = report.months.flatMap { $0.homes }
        let bedDays = all.reduce(0) { $0 + $1.bedDays }, emptyBedDays = all.reduce(0) { $0 + $1.emptyBedDays }
        return .group([
            .h2("Empty beds over the last 12 months"),
            .p(
                .class("hint"),
                .text(
                    "A bed-day is one bed open for a day; an empty bed-day is one with no child in it. A council "
                        + "home's empty beds cost nothing extra; a block contract's are paid for all the same.")),
            HTMLTable(
                caption: "Empty bed-days and the cost of empty block beds, by month",
                head: ["Month", "Bed-days", "Empty bed-days", "Cost of empty block beds"], rows: rows,
                foot: ["Total", bedDays.grouped, emptyBedDays.grouped, report.emptyBlockCost.formatted]
            ).node,
        ])
    }

    /// "March 2025", or "March 2025 (to 15 March 2025)" for the page's month when its day is not the last.
    func monthLabel(_ first: Day) -> String {
        let last = min(first.endOfMonth, report.day)
        return last == first.endOfMonth ? first.monthAndYear : "\(first.monthAndYear) (to \(last.long))"
    }

    /// What the council paid for empty block beds among `homes` (council homes add nothing).
    static func cost(_ homes: [HomeOccupancy.Month]) -> Money {
        homes.reduce(Money.zero) { $0 + ($1.emptyBedCost ?? .zero) }
    }

    /// Each home's bed-days, empty bed-days and empty-bed cost over the 12 months.
    var byHomeSection: Node {
        let byHome = Dictionary(grouping: report.months.flatMap { $0.homes }, by: \.home)
        let rows = report.homes.map { home -> [String] in
            let months = byHome[home.id] ?? []
            return [
                home.name, months.reduce(0) { $0 + $1.bedDays }.grouped,
                months.reduce(0) { $0 + $1.emptyBedDays }.grouped,
                home.kind == .block ? Self.cost(months).formatted : "–",
            ]
        }
        guard !rows.isEmpty else { return .empty }
        return HTMLTable(
            caption: "Empty bed-days by home over the 12 months",
            head: ["Home", "Bed-days", "Empty bed-days", "Cost of empty beds"], rows: rows
        ).node
    }
}
