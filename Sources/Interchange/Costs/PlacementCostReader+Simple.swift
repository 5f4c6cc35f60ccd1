import CareModel

/// The simple layout: one row per price, grouped into placements by child and start.
extension PlacementCostReader {
    func readSimple(_ table: CSVTable, columns: ColumnIndex, file: String) -> Result<[PlacementCost], CostReadFailure> {
        let missing = Self.missing(SimpleCostColumns.required, in: columns, file: file, layout: "simple costs")
        guard missing.isEmpty else { return .failure(CostReadFailure(problems: missing)) }
        var problems = table.fileProblems(file: file)
        var groups: [PlacementKey: [SimpleCostRow]] = [:]
        for index in 0..<table.count {
            var reader = TableRowReader(table: table, columns: columns, file: file, index: index)
            if let row = SimpleCostRow.read(&reader, defaultAuthority: defaultAuthority) {
                groups[row.placementKey, default: []].append(row)
            }
            problems += reader.problems
        }
        var costs: [PlacementCost] = []
        for rows in groups.values {
            let placement = SimplePlacement(rows: rows, file: file)
            problems += placement.problems
            costs.append(placement.cost)
        }
        guard problems.isEmpty else {
            return .failure(CostReadFailure(problems: problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) }))
        }
        return .success(costs)
    }
}

/// The rows of one placement made into a register entry, with the problems only seen across rows:
/// two prices from the same day, or rows that disagree about when the placement ended.
struct SimplePlacement {
    let rows: [SimpleCostRow]
    let file: String

    init(rows: [SimpleCostRow], file: String) {
        // Stable on file order, so "row N repeats row M" names the earlier row as M.
        self.rows = rows.enumerated().sorted {
            ($0.element.effectiveFrom, $0.offset) < ($1.element.effectiveFrom, $1.offset)
        }
        .map(\.element)
        self.file = file
    }

    var problems: [FileProblem] {
        var found: [FileProblem] = []
        for (earlier, later) in zip(rows, rows.dropFirst()) where earlier.effectiveFrom == later.effectiveFrom {
            found.append(
                FileProblem(
                    file: file, row: later.row, field: SimpleCostColumns.effectiveFrom,
                    message:
                        "child \(later.child.child)'s placement from \(later.placementStart.iso) already has a price from "
                        + "\(later.effectiveFrom.iso) (row \(earlier.row))"))
        }
        let ends = rows.compactMap { row in row.placementEnd.map { (row.row, $0) } }
        if let first = ends.first {
            for (row, end) in ends.dropFirst() where end != first.1 {
                found.append(
                    FileProblem(
                        file: file, row: row, field: SimpleCostColumns.placementEnd,
                        message:
                            "\(end.iso) differs from \(first.1.iso) given for the same placement at row \(first.0)"))
            }
        }
        return found
    }

    /// The register entry; the latest row describes the placement as it is now.
    var cost: PlacementCost {
        let latest = rows.last!
        func last<T>(_ value: (SimpleCostRow) -> T?) -> T? { rows.reversed().lazy.compactMap(value).first }
        return PlacementCost(
            child: latest.child, placementStart: latest.placementStart, placementEnd: last(\.placementEnd),
            plannedEnd: last(\.plannedEnd), place: latest.place, providerType: latest.providerType,
            providerURN: last(\.urn), providerName: last(\.providerName), registration: last(\.registration),
            route: last(\.route), budgetLine: latest.budgetLine, rates: rates,
            contributions: contributions(\.health, .health) + contributions(\.education, .education),
            continuesPast18: last(\.continuesPast18) ?? false, carer: last(\.carer))
    }

    /// One rate per row; a row without a `change` gets one inferred from how the price moved.
    var rates: [WeeklyRate] {
        var previous: Money?
        return rows.map { row in
            defer { previous = row.weekly }
            return WeeklyRate(
                effectiveFrom: row.effectiveFrom, weekly: row.weekly,
                change: row.change ?? Self.inferredChange(from: previous, to: row.weekly, on: row.effectiveFrom))
        }
    }

    static func inferredChange(from previous: Money?, to weekly: Money, on day: Day) -> WeeklyRate.Change {
        guard let previous else { return .agreed }
        if weekly > previous { return day.month == 4 && day.dayOfMonth == 1 ? .uplift : .additionalSupport }
        return weekly < previous ? .stepDown : .correction
    }

    /// Each row's contribution runs from its effective_from to the day before the next row's; runs of
    /// the same amount become one contribution.
    func contributions(_ amount: (SimpleCostRow) -> Money?, _ source: Contribution.Source) -> [Contribution] {
        var result: [Contribution] = []
        var open: Contribution?
        for row in rows {
            let weekly = amount(row).flatMap { $0 == .zero ? nil : $0 }
            if let current = open, current.weekly == weekly, current.detail == row.contributionDetail { continue }
            if var current = open {
                current.through = row.effectiveFrom.adding(days: -1)
                result.append(current)
            }
            open = weekly.map {
                Contribution(source: source, detail: row.contributionDetail, weekly: $0, from: row.effectiveFrom)
            }
        }
        if let open { result.append(open) }
        return result
    }
}
