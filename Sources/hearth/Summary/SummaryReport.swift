import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange

/// The numbers `hearth summary` prints, computed once and rendered as a table, CSV or JSON.
struct SummaryReport {
    var date: Day
    var group: ChildGroup
    var stock: [InCareCount]
    /// Of the children counted, those who were unaccompanied asylum-seeking children on `date`.
    var uascInCare: Int
    var flowRows: [AuthorityMonthFlow]

    struct AuthorityMonthFlow: Codable {
        var authority: AuthorityCode
        var month: String
        var entries: Int
        var exits: Int
    }

    init(histories: [ChildHistory], date: Day, months: Int, group: ChildGroup = .everyone) {
        self.date = date
        self.group = group
        self.stock = CareSummary.stock(of: histories, on: date, in: group)
        var uasc = group
        uasc.uasc = group.uasc == .notUASC ? .notUASC : .uasc
        self.uascInCare =
            group.uasc == .notUASC
            ? 0 : CareSummary.stock(of: histories, on: date, in: uasc).reduce(0) { $0 + $1.children }
        let first = date.startOfMonth.adding(months: -(months - 1))
        let byAuthority = Dictionary(grouping: histories, by: \.authority).sorted { $0.key < $1.key }
        self.flowRows = byAuthority.flatMap { authority, histories in
            CareSummary.flows(of: histories, from: first, through: date, in: group).map {
                AuthorityMonthFlow(
                    authority: authority, month: String($0.month.iso.prefix(7)),
                    entries: $0.entries, exits: $0.exits)
            }
        }
    }

    var stockCSV: String {
        var csv = CSVWriter(header: InCareCount.csvColumns)
        for row in stock { csv.append(row.csvFields) }
        return csv.text
    }

    var flowsCSV: String {
        var csv = CSVWriter(header: ["authority", "month", "entries", "exits"])
        for row in flowRows { csv.append([row.authority, row.month, String(row.entries), String(row.exits)]) }
        return csv.text
    }

    func json<T: Encodable>(_ value: T) throws -> String {
        try prettyJSON(value)
    }
}
