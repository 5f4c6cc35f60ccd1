import CareModel
import Forecasting

/// How the Programmes pages write their numbers: counts of plans (each plan is a child), shares of a
/// cohort, and savings in whole pounds ("£19,486"). For a reader who may not see small numbers (the
/// read-only role, `Disclosure`) a count from 1 to 5 is "fewer than 6", and a share of so few, or savings
/// added up over so few plans, is "not shown".
struct ProgrammeNumbers: Hashable, Sendable {
    var disclosure: Disclosure

    /// "1,234", "0", or "fewer than 6".
    func count(_ plans: Int) -> String { disclosure.count(plans) }

    /// Whole pounds of savings added up over `plans` plans, or "not shown" when they are 1 to 5 and the
    /// reader may not see so few.
    func savings(_ money: Money, over plans: Int) -> String {
        disclosure.shows(children: plans) ? Self.pounds(money) : SmallNumbers.notShown
    }

    /// Whole pounds with thousands separators (halves away from zero), as the other pages write money.
    static func pounds(_ money: Money) -> String { ProjectionPage.pounds(money) }

    /// "36%" of the cohort, or "not shown" with the count.
    func share(_ row: CohortRow) -> String {
        disclosure.shows(children: row.children) ? "\(row.sharePercent)%" : SmallNumbers.notShown
    }

    /// How many of `plans` add something (not nothing) to a sum of `amount`: what a total is "over".
    static func contributing(_ plans: [PlanSaving], _ amount: (PlanSaving) -> Money) -> Int {
        plans.filter { amount($0) != .zero }.count
    }

    /// The programme's year in the list's and the page's words: the year's anticipated saving (achieved
    /// and on-track plans), realised saving and slippage, each hidden as its plans' count is.
    func yearFigures(_ programme: ProgrammeSavings) -> (anticipated: String, realised: String, slippage: String) {
        let plans = programme.plans
        let delivering = plans.filter { $0.cohort == .achieved || $0.cohort == .onTrack }
        let inScope = plans.filter { $0.cohort != .outOfScope }
        return (
            savings(programme.anticipatedInYear, over: Self.contributing(delivering, \.anticipated.inYear)),
            savings(programme.realisedInYear, over: Self.contributing(plans, \.realisedInYear)),
            savings(programme.slippageInYear, over: Self.contributing(inScope, \.slippage.inYear))
        )
    }

    /// Whether any of `cells` was hidden, so the page adds the note saying why.
    static func hidesAny(_ cells: [String]) -> Bool {
        cells.contains { $0 == SmallNumbers.fewer || $0 == SmallNumbers.notShown }
    }
}
