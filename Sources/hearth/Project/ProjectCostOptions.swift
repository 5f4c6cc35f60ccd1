import ArgumentParser
import CareModel
import Forecasting

/// `--inflation` and `--weekly-cost`: how `hearth project --costs` prices the projected children.
/// Read as text so that a wrong value is answered with the option, the rule and the value given.
struct ProjectCostOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Yearly price rise in percent, applied on each anniversary of the start (default 0).",
            valueName: "percent"))
    var inflation: String?
    @Option(
        name: .customLong("weekly-cost"),
        help: ArgumentHelp(
            "Weekly cost of one cost item in pounds, instead of its default; repeatable. Items: \(ProjectCostOptions.itemNames).",
            valueName: "item=pounds"))
    var weeklyCost: [String] = []

    static let itemNames = DemandCostItem.allCases.map(\.name).joined(separator: ", ")

    /// The cost options for `--costs` (nil without it); throws when a value breaks a rule, or when one
    /// is given without `--costs` (it would change nothing).
    func options(costs: Bool) throws -> DemandProjectionSettings.CostOptions? {
        guard costs else {
            if inflation != nil { throw ValidationError("--inflation changes the cost column only: add --costs.") }
            if !weeklyCost.isEmpty { throw ValidationError("--weekly-cost changes the cost column only: add --costs.") }
            return nil
        }
        return DemandProjectionSettings.CostOptions(inflation: try inflationFraction(), weeklyCosts: try weeklyCosts())
    }

    /// `--inflation 3.5` (or `3.5%`) → 0.035.
    func inflationFraction() throws -> Double {
        guard let text = inflation else { return 0 }
        let number = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let percent = Double(number), percent.isFinite else {
            throw ValidationError(
                "--inflation must be a yearly rise in percent, like 3.5: \"\(text)\" is not a number.")
        }
        return percent / 100
    }

    /// `--weekly-cost fostering-agency=1,050` → [.fosteringAgency: £1,050.00], each item at most once.
    func weeklyCosts() throws -> [DemandCostItem: Money] {
        var costs: [DemandCostItem: Money] = [:]
        for argument in weeklyCost {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw ValidationError(
                    "--weekly-cost must be ITEM=POUNDS, like fostering-agency=1050: \"\(argument)\" has no \"=\".")
            }
            guard let item = DemandCostItem(name: parts[0]) else {
                throw ValidationError(
                    "--weekly-cost: \"\(parts[0])\" is not a cost item; the items are \(Self.itemNames).")
            }
            guard let pounds = Money(parsing: parts[1]) else {
                throw ValidationError(
                    "--weekly-cost \(item.name): \"\(parts[1])\" is not an amount of pounds (like 1050 or £1,050.00).")
            }
            guard costs[item] == nil else {
                throw ValidationError("--weekly-cost \(item.name) is given more than once.")
            }
            costs[item] = pounds
        }
        return costs
    }
}
