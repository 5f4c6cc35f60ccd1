import CareModel

/// The S251 layout: one row per placement with the cost accrued in the financial year to an as-at date.
extension PlacementCostReader {
    func readS251(
        _ table: CSVTable, columns: ColumnIndex, file: String,
        asAt: Day?
    ) -> Result<[PlacementCost], CostReadFailure> {
        var problems = Self.missing(S251CostColumns.required, in: columns, file: file, layout: "S251 placement costs")
        if asAt == nil {
            problems.append(
                FileProblem(
                    file: file,
                    message: "is an S251 placement costs file, which gives costs "
                        + "accrued to date: give the date they run to (as at)"))
        }
        guard problems.isEmpty, let asAt else { return .failure(CostReadFailure(problems: problems)) }
        problems = table.fileProblems(file: file)
        var costs: [PlacementCost] = []
        var seen: [PlacementKey: Int] = [:]
        for index in 0..<table.count {
            var reader = TableRowReader(table: table, columns: columns, file: file, index: index)
            if let row = S251CostRow.read(&reader, defaultAuthority: defaultAuthority) {
                let key = PlacementKey(child: row.child, start: row.start)
                if let earlier = seen[key] {
                    reader.problem(
                        S251CostColumns.start,
                        "child \(row.child.child) already has a placement from "
                            + "\(row.start.iso) (row \(earlier))")
                }
                seen[key] = seen[key] ?? row.row
                if let cost = row.placementCost(asAt: asAt, reader: &reader) { costs.append(cost) }
            }
            problems += reader.problems
        }
        return problems.isEmpty ? .success(costs) : .failure(CostReadFailure(problems: problems))
    }
}

extension S251CostRow {
    /// The days paid in the financial year of `asAt`: from the later of the placement start and 1 April
    /// to the earlier of the placement end and `asAt`, both included (`nil` when there are none).
    func paidDays(asAt: Day) -> (from: Day, days: Int)? {
        let from = max(start, FinancialYear(containing: asAt).first)
        let through = min(end ?? asAt, asAt)
        return through < from ? nil : (from, from.days(to: through) + 1)
    }

    /// A year-to-date amount as a weekly amount: amount × 7 / days, rounded to the nearest penny
    /// (halves away from zero).
    static func weekly(_ amount: Money, days: Int) -> Money {
        let numerator = amount.pence * 7
        let (q, r) = numerator.quotientAndRemainder(dividingBy: Int64(days))
        return Money(pence: q + (r * 2 >= Int64(days) ? 1 : 0))
    }

    func placementCost(asAt: Day, reader r: inout TableRowReader) -> PlacementCost? {
        guard let paid = paidDays(asAt: asAt) else {
            if accrued == .zero && contributions.isEmpty { return nil }  // nothing paid this year, nothing to price
            r.problem(
                S251CostColumns.accrued,
                "has cost accrued but the placement has no days in the financial "
                    + "year \(FinancialYear(containing: asAt).label) up to \(asAt.iso)")
            return nil
        }
        return PlacementCost(
            child: child, placementStart: start, placementEnd: end, place: place, providerType: provider,
            providerURN: urn, route: route,
            rates: [WeeklyRate(effectiveFrom: paid.from, weekly: Self.weekly(accrued, days: paid.days))],
            contributions: contributions.map { source, detail, amount in
                Contribution(
                    source: source, detail: detail, weekly: Self.weekly(amount, days: paid.days),
                    from: paid.from, through: end)
            })
    }
}
