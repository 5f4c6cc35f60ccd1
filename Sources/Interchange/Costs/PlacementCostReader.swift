import CareModel

/// Reads a placement costs register from CSV, in either of two layouts told apart by their columns.
///
/// **Simple layout** (what `hearth generate` writes to `placement-costs.csv`): one row per price of a
/// placement, with the columns
/// `child,placement_start,placement_end,place,provider_type,budget_line,weekly_cost,effective_from`.
/// Rows with the same child and placement_start are one placement; each row's effective_from and
/// weekly_cost become one of its weekly rates. place, weekly_cost and effective_from are required on every
/// row; placement_end, provider_type and budget_line may be blank (a blank budget_line leaves the line to
/// the budget's rules). Optional columns:
/// - `la` or `authority`: the council's code (otherwise the reader's default authority);
/// - `planned_end`: the agreed planned end date;
/// - `urn`, `provider_name`: the provider's Ofsted URN and name;
/// - `registration`: ofsted, cqc or unregistered;
/// - `procurement_route`: in-house, block, framework or spot;
/// - `change`: why the price changed on effective_from: agreed, uplift, additional-support, step-down or
///   correction (when absent: the first price is agreed; a later rise on 1 April an uplift, a later rise
///   on another day additional support, a fall a step-down, no change a correction);
/// - `health_contribution`, `education_contribution`: weekly £ paid by health or education from
///   effective_from until the next row of the placement (blank or 0: none), with `contribution_detail`
///   (e.g. "s117", "CHC") describing them;
/// - `continues_past_18`: yes/no, whether the placement goes on past the 18th birthday (staying put);
/// - `carer`: the council foster household or children's home the child lives with, by its reference in
///   households.csv or homes.csv (blank for external placements), so occupancy can be counted.
/// place, provider_type, budget_line, the provider columns and carer describe the placement as it is now: when
/// rows differ (a carer approved in a new category), the row with the latest effective_from wins.
///
/// **S251 layout**: the LIIA `placement_costs` table (see `S251CostColumns`), which gives the cost accrued
/// so far in the financial year rather than a weekly price; the weekly price is derived from it and an
/// as-at date (see `read(path:asAt:)`).
///
/// Dates are `YYYY-MM-DD` or `DD/MM/YYYY`; amounts "1234.56" or "£1,234.56". Row 1 holds the column names.
/// Any problem (a missing column, a bad date or amount, an unknown code, an end before a start, a price
/// from before the placement started, the same price date twice) is reported with its row and column,
/// and then nothing is returned.
public struct PlacementCostReader: Sendable {
    /// The council the rows belong to when the file has no `la`/`authority` column.
    public var defaultAuthority: AuthorityCode

    public init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    /// Reads a simple-layout file (an S251-layout file needs `read(path:asAt:)`). Placements come sorted
    /// by child, then start.
    public func read(path: String) throws(CostReadFailure) -> [PlacementCost] {
        try read(path: path, asAt: nil)
    }

    /// Reads either layout. `asAt` is the day an S251 file's accrued costs run to; the weekly price of
    /// each placement is the accrued cost × 7 / the days paid in the financial year up to that day.
    public func read(path: String, asAt: Day?) throws(CostReadFailure) -> [PlacementCost] {
        switch FileBytes.read(path) {
        case .failure(let problem): throw CostReadFailure(problems: [problem])
        case .success(let bytes): return try read(bytes: bytes, file: path, asAt: asAt)
        }
    }

    /// Reads CSV bytes; `file` names the source in problems.
    public func read(bytes: [UInt8], file: String, asAt: Day? = nil) throws(CostReadFailure) -> [PlacementCost] {
        let table = CSVTable(bytes: bytes)
        guard !table.isEmpty else {
            throw CostReadFailure(problems: [FileProblem(file: file, message: "file is empty")])
        }
        let columns = ColumnIndex(table.columns)
        let result: Result<[PlacementCost], CostReadFailure>
        if S251CostColumns.isS251(columns) {
            result = readS251(table, columns: columns, file: file, asAt: asAt)
        } else if columns.contains(SimpleCostColumns.weeklyCost) || columns.contains(SimpleCostColumns.child) {
            result = readSimple(table, columns: columns, file: file)
        } else {
            result = .failure(
                CostReadFailure(problems: [
                    FileProblem(
                        file: file, row: 1,
                        message:
                            "is not a placement costs file: expected the columns "
                            + SimpleCostColumns.required.joined(separator: ",")
                            + " or the S251 placement costs columns")
                ]))
        }
        switch result {
        case .success(let costs): return costs.sorted { ($0.child, $0.placementStart) < ($1.child, $1.placementStart) }
        case .failure(let failure): throw failure
        }
    }

    /// Problems for required columns the file lacks, one per column.
    static func missing(_ required: [String], in columns: ColumnIndex, file: String, layout: String) -> [FileProblem] {
        required.filter { !columns.contains($0) }.map {
            FileProblem(file: file, row: 1, field: $0, message: "column is missing; the \(layout) layout needs it")
        }
    }
}
