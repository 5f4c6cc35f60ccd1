import CareModel
import CouncilTasks
import Forecasting
import Foundation

extension MonitorReport {
    /// The whole monitor as text: the seed table, how the forecast is made up, movements and the lists.
    var report: String {
        var out = "Placement budget monitor: \(period.label), authority \(authority)\n"
        out +=
            previous == nil
            ? "\(previousLabel) was not closed, so there is no previous forecast to compare with (close months with `hearth budget close`).\n\n"
            : "Variance to \(previousLabel) compares with the forecast frozen when \(previousLabel) was closed.\n\n"
        out += "£m\n" + monitorSheet.text + "\n"
        out += "How the forecast is made up (£m)\n" + componentsSheet.text
        out += "Allowance for placements not yet made: \(allowanceDescription).\n\n"
        if !movements.isEmpty { out += "Movement since \(previousLabel)\n" + movementsSheet.text + "\n" }
        out += "High-cost placements (£10,000 a week or more) on \(period.last.long): \(highCost.count)\n"
        if !highCost.isEmpty { out += highCostSheet.text }
        out += "\nUnregistered placements on \(period.last.long): \(unregistered.count)\n"
        if !unregistered.isEmpty { out += unregisteredSheet.text }
        out += "\nData-quality exceptions for \(period.year.label): \(exceptions.count)"
        out += exceptions.isEmpty ? "\n" : " (list them with --format csv --view exceptions)\n"
        return out
    }

    /// Everything as one JSON document for other tools (money in pence, dates ISO).
    func json() throws -> String {
        struct Document: Encodable {
            var authority: AuthorityCode
            var period: String
            var allowance: String
            var table: MonitorTable
            var forecast: BudgetForecast
            var movements: [ForecastMovement]
            var highCost: [HighCostPlacement]
            var unregistered: [UnregisteredPlacement]
            var exceptions: [RegisterException]
        }
        let document = Document(
            authority: authority, period: period.calendarMonthText, allowance: allowanceDescription,
            table: table, forecast: forecast, movements: movements, highCost: highCost,
            unregistered: unregistered, exceptions: exceptions)
        return try prettyJSON(document) + "\n"
    }
}
