import CareModel
import CouncilTasks
import Forecasting

/// The web addresses of the budget monitor's views for one authority and month, so the page, the line
/// drill-down and the downloads link to each other the same way.
struct BudgetAddress: Sendable, Equatable {
    var period: Period
    var authority: AuthorityCode
    /// Carried in every link, so the drill-down and downloads show the forecast the page showed.
    var allowance: DemandAllowance = .none

    var query: String {
        "period=\(period.calendarMonthText)&la=\(ChildrenPage.segment(authority))"
            + (allowance == .none ? "" : "&allowance=\(allowance.code)")
    }
    var page: String { "\(Route.budget.path)?\(query)" }
    func line(_ name: String) -> String { "\(Route.budgetLine.path)?\(query)&line=\(ChildrenPage.segment(name))" }
    func csv(view: BudgetView) -> String { "\(Route.budgetCSV.path)?\(query)&view=\(view.rawValue)" }
    var workbook: String { "\(Route.budgetWorkbook.path)?\(query)" }
}
