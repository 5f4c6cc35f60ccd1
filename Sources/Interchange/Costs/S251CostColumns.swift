import CareModel

/// The S251 placement costs layout: the `placement_costs` table of the LIIA S251 pipeline
/// (SocialFinanceDigitalLabs/liia-tools, branch `s251_pipeline`, `liiatools/s251_pipeline/spec/
/// S251_schema_2023.yml` and `spec/samples/S251_placement_costs.csv`).
///
/// What the schema holds, and how Hearth uses each column:
/// - `Child ID` (required) → the child (the pipeline may suffix it with the LA; it is kept as written);
/// - `Placement start date` (required), `Placement end date` → placement start and end (DD/MM/YYYY);
/// - `Placement type` (903 PLACE, required), `Provider type` (PR0–PR5, required) → place and provider;
/// - `Procurement platform` (Framework, Spot, Block) → procurement route;
/// - `Ofsted URN` → provider URN;
/// - `Total committed cost accrued in FY to date` (required, £) → the weekly price: accrued × 7 / days
///   paid in the financial year so far, rounded to the penny (see `S251CostRow.weekly(for:)`);
/// - `Contribution from health provider/s`, `… education provider/s`, `… social care provider/s` (£ in the
///   year to date) → weekly health, education and other contributions, derived the same way;
/// - the rest (date of birth, gender, ethnicity, disability, category of need, assessments, EHCP, UASC,
///   missing episodes, legal status, care period start, reason for change, placement counts, framework
///   name, postcodes, LA of placement) describe the child, not the cost, and come from the SSDA903
///   return instead; they are not read. An `la`/`authority` column, if added, gives the council.
enum S251CostColumns {
    static let child = "Child ID", start = "Placement start date", end = "Placement end date"
    static let place = "Placement type", provider = "Provider type", platform = "Procurement platform"
    static let urn = "Ofsted URN", accrued = "Total committed cost accrued in FY to date"
    static let health = "Contribution from health provider/s"
    static let education = "Contribution from education provider/s"
    static let socialCare = "Contribution from social care provider/s"
    static let required = [child, start, place, provider, accrued]

    /// Whether the columns are the S251 table's: its accrued-cost column or its child ID column.
    static func isS251(_ columns: ColumnIndex) -> Bool {
        columns.contains(accrued) || columns.contains(child)
    }
}

/// One row of an S251 file, read and checked on its own.
struct S251CostRow: Sendable {
    var row: Int
    var child: ChildKey
    var start: Day
    var end: Day?
    var place: PlacementType
    var provider: PlacementProvider
    var route: ProcurementRoute?
    var urn: String?
    var accrued: Money
    var contributions: [(Contribution.Source, String?, Money)]

    typealias C = S251CostColumns

    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> S251CostRow? {
        let authority = r.firstText(SimpleCostColumns.authority) ?? defaultAuthority
        let child = r.required(C.child)
        let start = r.day(C.start, required: true), end = r.day(C.end)
        let place: PlacementType? = r.code(C.place, required: true)
        let provider: PlacementProvider? = r.code(C.provider, required: true)
        let route = r.value(C.platform, expected: "a procurement platform (Framework, Spot, Block)") {
            ProcurementRoute(text: $0)
        }
        let accrued = r.money(C.accrued, required: true)
        let paid: [(Contribution.Source, String?, Money?)] = [
            (.health, nil, r.money(C.health)), (.education, nil, r.money(C.education)),
            (.other, "social care", r.money(C.socialCare)),
        ]
        if let start, let end, end < start {
            r.problem(C.end, "\(end.iso) is before the placement start date \(start.iso)")
        }
        guard r.problems.isEmpty, let child, let start, let place, let provider, let accrued else { return nil }
        return S251CostRow(
            row: r.row, child: ChildKey(authority: authority, child: child), start: start, end: end, place: place,
            provider: provider, route: route, urn: r.text(C.urn), accrued: accrued,
            contributions: paid.compactMap { source, detail, money in
                money.flatMap { $0 == .zero ? nil : (source, detail, $0) }
            })
    }
}
