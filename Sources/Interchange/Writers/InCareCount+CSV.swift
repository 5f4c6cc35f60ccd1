import CareModel

extension InCareCount {
    /// The columns of every children-in-care CSV Hearth writes (`hearth summary --format csv`, and the
    /// generator's `expected-stock.csv`), so the two can be compared line for line.
    public static let csvColumns = ["date", "authority", "category", "age_band", "children"]

    /// This count as a CSV record in `csvColumns` order: ISO date, codes, a plain number.
    public var csvFields: [String] {
        [date.iso, authority, category.rawValue, ageBand.rawValue, String(children)]
    }
}
