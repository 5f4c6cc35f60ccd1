import CareModel
import Interchange

extension SyntheticAuthority {
    /// The simple costs layout, plus the optional columns `hearth import costs` reads for the provider, and
    /// the carer: the council foster household or home the child lives with (blank for other placements).
    public static let costColumns = [
        "child", "placement_start", "placement_end", "place", "provider_type",
        "budget_line", "weekly_cost", "effective_from", "urn", "provider_name",
        "registration", "carer",
    ]
    public static let providerColumns = ["urn", "name", "registration", "provider_type", "postcode"]

    /// `placement-costs.csv`: one row per price of each placement; dates ISO, costs in plain pounds.
    /// The provider's name and registration come from `providers`; a placement on the Unregistered line
    /// has no URN and is recorded as unregistered.
    public func costsCSV() -> CSVWriter {
        var csv = CSVWriter(header: SyntheticAuthority.costColumns)
        let byURN = Dictionary(providers.compactMap { p in p.urn.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        for row in costs {
            let provider = row.urn.flatMap { byURN[$0] }
            let registration =
                row.budgetLine == BudgetLineName.unregistered
                ? RegistrationStatus.unregistered.rawValue : provider?.registration.rawValue
            csv.append([
                row.child, row.placementStart.iso, row.placementEnd?.iso, row.place.code,
                row.providerType?.code, row.budgetLine, row.weeklyCost.plain, row.effectiveFrom.iso,
                row.urn, provider?.name, registration, row.carer,
            ])
        }
        return csv
    }

    /// `providers.csv`: the council's services and the providers its children lived with.
    public func providersCSV() -> CSVWriter {
        var csv = CSVWriter(header: SyntheticAuthority.providerColumns)
        for p in providers {
            csv.append([p.urn, p.name, p.registration.rawValue, p.providerType.code, p.postcode])
        }
        return csv
    }

    /// `expected-stock.csv`: the simulation's own count of children in care on each return's 31 March,
    /// non-zero cells only, by date, then category and age band in their list order.
    /// `budget.csv`: the latest year's budget per line, in the layout `hearth import budget` reads.
    public func budgetCSV() -> CSVWriter {
        var csv = CSVWriter(header: ["year", "line", "budgeted_children", "budget"])
        for line in budget {
            csv.append([line.year.label, line.line, String(line.budgetedChildren), line.budget.plain])
        }
        return csv
    }

    /// The placement budget set for the latest return year (see `SyntheticBudget`).
    public var budget: [LineBudget] {
        guard let year = returnYears.last else { return [] }
        return SyntheticBudget.budgets(authority: code, costs: costs, year: year)
    }

    public func expectedStockCSV() -> CSVWriter {
        var csv = CSVWriter(header: InCareCount.csvColumns)
        for year in returnYears {
            for cell in stock(on: year.last) {
                csv.append(cell.csvFields)
            }
        }
        return csv
    }
}
