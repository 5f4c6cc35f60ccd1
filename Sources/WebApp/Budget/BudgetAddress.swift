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
    /// Whether the forecast counts on the programme plans on track (`planned-moves=on`), carried likewise.
    var plannedMoves = false

    /// The addresses of `report`'s views: its month, authority, allowance and, when it counts on any, the
    /// programme plans' moves (a report asked to count on them that found none is the same forecast without).
    init(report: MonitorReport) {
        self.init(
            period: report.period, authority: report.authority, allowance: report.allowance,
            plannedMoves: !report.plannedMoves.isEmpty)
    }

    init(period: Period, authority: AuthorityCode, allowance: DemandAllowance = .none, plannedMoves: Bool = false) {
        self.period = period
        self.authority = authority
        self.allowance = allowance
        self.plannedMoves = plannedMoves
    }

    /// The query's name and value for counting on the programme plans' moves, as the page's checkbox sends it.
    static let plannedMovesField = "planned-moves", plannedMovesOn = "on"

    var query: String {
        "period=\(period.calendarMonthText)&la=\(ChildrenPage.segment(authority))"
            + (allowance == .none ? "" : "&allowance=\(allowance.code)")
            + (plannedMoves ? "&\(Self.plannedMovesField)=\(Self.plannedMovesOn)" : "")
    }
    var page: String { "\(Route.budget.path)?\(query)" }
    func line(_ name: String) -> String { "\(Route.budgetLine.path)?\(query)&line=\(ChildrenPage.segment(name))" }
    func csv(view: BudgetView) -> String { "\(Route.budgetCSV.path)?\(query)&view=\(view.rawValue)" }
    var workbook: String { "\(Route.budgetWorkbook.path)?\(query)" }
}
