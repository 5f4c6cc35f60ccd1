import CareModel
import Forecasting
import Foundation
import Storage

/// Everything the budget monitor shows for one authority and month, computed from the store: used by
/// `hearth budget` and by the web page, so both report the same numbers.
public struct MonitorReport: Sendable {
    public var authority: AuthorityCode
    public var forecast: BudgetForecast
    /// The forecast frozen when the previous month was closed; `nil` when it was not.
    public var previous: BudgetForecast?
    public var table: MonitorTable
    public var movements: [ForecastMovement]
    public var highCost: [HighCostPlacement]
    public var unregistered: [UnregisteredPlacement]
    public var exceptions: [RegisterException]
    /// How the forecast allows for placements not yet made, and, for projected demand, the projection used.
    public var allowance: DemandAllowance = .none
    public var projection: BudgetDemandProjection?

    public var period: Period { forecast.period }

    /// The allowance method in words, with the projection's start and window when there is one.
    public var allowanceDescription: String {
        guard let projection else { return allowance.description }
        return allowance.description + " (Markov projection from \(projection.start.long), rates from "
            + "\(projection.referenceStart.long) to \(projection.referenceEnd.long), weekly costs from the register where it has them)"
    }

    /// Loads the authority's register, budget and closed months and computes the month's monitor.
    public static func load(store: HearthStore, la: AuthorityCode?, period: Period,
                            allowance: DemandAllowance = .none) async throws -> MonitorReport {
        let authority = try await AuthorityChoice.resolve(la, in: store)
        guard let plan = try await store.budget.budgetPlan(authority: authority, year: period.year) else {
            throw MonitorReportError.noBudget(authority: authority, year: period.year)
        }
        let costs = try await store.budget.costs(authority: authority)
        guard !costs.isEmpty else { throw MonitorReportError.noCosts(authority: authority) }
        let histories = try await store.careRecords.histories(authorities: [authority])
        let previous = try await closedForecast(store: store, authority: authority, period: period.previous)
        return compute(authority: authority, costs: costs, histories: histories, lines: plan.lines,
                       budgets: plan.budgets, previous: previous, period: period, allowance: allowance)
    }

    /// The month's monitor from values already loaded: no I/O, so benchmarks time exactly this.
    public static func compute(authority: AuthorityCode, costs: [PlacementCost], histories: [ChildHistory],
                               lines: BudgetLineSet, budgets: [LineBudget], previous: BudgetForecast?,
                               period: Period, allowance: DemandAllowance = .none) -> MonitorReport {
        let projection = allowance.method == .projectedDemand
            ? BudgetDemandProjection(monitoring: period, histories: histories, register: costs, lines: lines) : nil
        let monitor = BudgetMonitor(
            costs: costs,
            datesOfBirth: Dictionary(histories.map { ($0.key, $0.child.dateOfBirth) }, uniquingKeysWith: { a, _ in a }),
            lines: lines, budgets: budgets,
            allowances: Dictionary(lines.lines.map { ($0.name, allowance) }, uniquingKeysWith: { a, _ in a }),
            projectedCosts: projection?.restOfYear ?? [:])
        let forecast = monitor.forecast(for: period)
        return MonitorReport(
            authority: authority, forecast: forecast, previous: previous,
            table: MonitorTable(current: forecast, previous: previous),
            movements: previous.map { BudgetMonitor.movements(from: $0, to: forecast) } ?? [],
            highCost: monitor.highCostPlacements(for: period), unregistered: monitor.unregisteredPlacements(for: period),
            exceptions: RegisterCheck.exceptions(costs: costs, histories: histories, year: period.year),
            allowance: allowance, projection: projection)
    }

    /// The forecast frozen when `period` was closed, if it was.
    public static func closedForecast(store: HearthStore, authority: AuthorityCode,
                                      period: Period) async throws -> BudgetForecast? {
        guard let json = try await store.budget.closedForecast(authority: authority, period: period) else { return nil }
        return try JSONDecoder().decode(BudgetForecast.self, from: Data(json.utf8))
    }

    /// The forecast as the JSON text kept when a month is closed.
    public var frozenForecastJSON: String {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(forecast), as: UTF8.self)
        }
    }
}

/// Why the monitor cannot be shown, in words a finance officer can act on.
public enum MonitorReportError: Error, CustomStringConvertible, Sendable {
    case noData(database: String)
    case severalAuthorities(database: String, authorities: [AuthorityCode])
    case noBudget(authority: AuthorityCode, year: FinancialYear)
    case noCosts(authority: AuthorityCode)

    public var description: String {
        switch self {
        case .noData(let database):
            "There are no SSDA903 returns in \(database) yet: import them first (hearth import ssda903, or the Data page)."
        case .severalAuthorities(let database, let authorities):
            "\(database) holds \(authorities.count) authorities (\(authorities.joined(separator: ", "))): choose one (--la CODE on the command line, la=CODE in a web address)."
        case .noBudget(let authority, let year):
            "Authority \(authority) has no budget for \(year.label): import one with `hearth import budget FILE`."
        case .noCosts(let authority):
            "Authority \(authority) has no placement costs: import them with `hearth import costs FILE`."
        }
    }
}

/// Which authority to report on: the one named, otherwise the only authority in the database.
public enum AuthorityChoice {
    public static func resolve(_ la: AuthorityCode?, in store: HearthStore) async throws -> AuthorityCode {
        if let la { return la }
        let authorities = try await store.careRecords.authorities()
        switch authorities.count {
        case 1: return authorities[0]
        case 0: throw MonitorReportError.noData(database: store.location.displayName)
        default: throw MonitorReportError.severalAuthorities(database: store.location.displayName, authorities: authorities)
        }
    }
}
