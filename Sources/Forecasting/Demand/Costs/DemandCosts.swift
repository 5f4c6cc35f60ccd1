import CareModel

/// Projected costs day by day and state by state, with totals per financial-year period (P1 = April)
/// and per financial year in pence — what the budget monitor's demand allowance draws on.
///
/// Each amount is summed in fractions of a penny and rounded once, so a period's total is not the sum
/// of rounded days; a year's total is the sum of its periods' totals, so periods add up to the year.
/// Periods and years cover only projected days: the first and last may be part months.
public struct DemandCosts: Hashable, Sendable {
    /// The projection's first day, from which inflation counts.
    public let start: Day
    /// The projected days, in order.
    public let dates: [Day]
    /// Pence, `daily[day * DemandState.count + state.index]`.
    let daily: [Double]
    /// Each item's part of its category's cost (`DemandCostProjection.costShare(of:)`).
    let itemShares: [DemandCostItem: Double]

    init(start: Day, dates: [Day], daily: [Double], itemShares: [DemandCostItem: Double]) {
        self.start = start
        self.dates = dates
        self.daily = daily
        self.itemShares = itemShares
    }

    /// Expected cost in pence (unrounded) of `states` on the projected days from `first` through `last`.
    public func pence(of states: [DemandState] = DemandState.all, from first: Day, through last: Day) -> Double {
        var total = 0.0
        for (day, date) in dates.enumerated() where first <= date && date <= last {
            for state in states { total += daily[day * DemandState.count + state.index] }
        }
        return total
    }

    /// Expected cost of `states` from `first` through `last`, rounded to the penny.
    public func cost(of states: [DemandState] = DemandState.all, from first: Day, through last: Day) -> Money {
        Money(roundingPence: pence(of: states, from: first, through: last))
    }

    /// Expected cost of one category from `first` through `last`, rounded to the penny.
    public func cost(of category: DemandCategory, from first: Day, through last: Day) -> Money {
        cost(of: DemandAgeBand.allCases.map { DemandState($0, category) }, from: first, through: last)
    }

    /// Every financial-year period the projection touches, in order, with its total and its categories.
    public var periods: [DemandCostPeriod] {
        guard let first = dates.first, let last = dates.last else { return [] }
        var periods: [DemandCostPeriod] = []
        var period = Period(calendarYear: first.year, month: first.month)
        while period.first <= last {
            let from = max(period.first, first), through = min(period.last, last)
            let byCategory = Dictionary(
                uniqueKeysWithValues: DemandCategory.inCare.map {
                    ($0, cost(of: $0, from: from, through: through))
                })
            periods.append(
                DemandCostPeriod(
                    period: period, days: from.days(to: through) + 1,
                    total: cost(from: from, through: through), byCategory: byCategory))
            period = period.next
        }
        return periods
    }

    /// Each financial year the projection touches, with the sum of its periods' totals.
    public var financialYears: [(year: FinancialYear, total: Money)] {
        var years: [(year: FinancialYear, total: Money)] = []
        for period in periods {
            if years.last?.year == period.period.year {
                years[years.count - 1].total += period.total
            } else {
                years.append((period.period.year, period.total))
            }
        }
        return years
    }
}

/// One financial-year period (a calendar month) of projected cost.
public struct DemandCostPeriod: Hashable, Sendable {
    public var period: Period
    /// Projected days in the period (fewer than the month's at the projection's ends).
    public var days: Int
    /// All children looked after, rounded once.
    public var total: Money
    /// Each in-care category, each rounded on its own (so they may differ from the total by a penny or so).
    public var byCategory: [DemandCategory: Money]
}
