import CareModel
import CouncilTasks
import Forecasting
import Foundation
import Interchange

/// Next year's budget per line from a demand projection, as `hearth project budget` prints it.
struct NextYearBudget {
    struct Line: Encodable {
        var line: String
        /// Mean projected children on the line over the year.
        var children: Double
        var budget: Money

        enum CodingKeys: String, CodingKey { case line, children, budget }
        /// Pounds as a number, for spreadsheets and other tools.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(line, forKey: .line)
            try c.encode(children, forKey: .children)
            try c.encode(Double(budget.pence) / 100, forKey: .budget)
        }
    }

    let year: FinancialYear
    let projection: BudgetDemandProjection
    let lines: [Line]

    init(projection: BudgetDemandProjection, year: FinancialYear) {
        self.year = year
        self.projection = projection
        let cost = projection.costByLine(from: year.first, through: year.last)
        let children = projection.childrenByLine(from: year.first, through: year.last)
        lines = projection.lines.lines.map {
            Line(line: $0.name, children: children[$0.name] ?? 0, budget: cost[$0.name] ?? .zero)
        }
    }

    /// `year,line,budgeted_children,budget`, the budget file's layout, with a total row only in the text table.
    var sheet: ReportSheet {
        let rows: [[ReportSheet.Cell]] = lines.map {
            [.text(year.label), .text($0.line), .count(Int($0.children.rounded())), .money($0.budget)]
        }
        return ReportSheet(
            name: "Budget \(year.label)", columns: ["year", "line", "budgeted_children", "budget"], rows: rows)
    }

    /// What the table shows above the lines: the year, the projection and the total.
    var heading: String {
        let total = lines.reduce(Money.zero) { $0 + $1.budget }
        return "Projected placement budget for \(year.label): \(total.formatted), "
            + "projected from \(projection.start.long) with rates from \(projection.referenceStart.long) "
            + "to \(projection.referenceEnd.long)."
    }

    /// The lines with unrounded children, the weekly costs used and where they came from; pounds as numbers.
    func json() throws -> String {
        struct Document: Encodable {
            var year: String
            var start: Day
            var referenceStart: Day
            var referenceEnd: Day
            var lines: [Line]
            var weeklyCosts: [String: Double]
            var weeklyCostsFromRegister: [String]
        }
        let document = Document(
            year: year.label, start: projection.start, referenceStart: projection.referenceStart,
            referenceEnd: projection.referenceEnd, lines: lines,
            weeklyCosts: Dictionary(
                uniqueKeysWithValues: projection.pricing.weeklyCosts.map { ($0.key.name, Double($0.value.pence) / 100) }
            ),
            weeklyCostsFromRegister: projection.fromRegister.map(\.name).sorted())
        return try prettyJSON(document, snakeCase: true)
    }
}
