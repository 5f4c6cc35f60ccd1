import CareModel

/// Small-number suppression in the pseudonymised export (`SmallNumbers`). The export is one row per
/// episode, so it cannot hide a count; what it can hide is a value so rare that it points at a child: the
/// only girl of her ethnicity, the two children whose home is in one postcode sector, the one child placed
/// with a particular provider. Each quasi-identifying column is judged on its own, over the whole file.
extension PseudonymisedEpisodes {
    /// The columns whose values, with the authority and the episode dates, could single a child out; the
    /// care codes (legal status, placement type, reasons) are what the export is for, and stay.
    public static let quasiIdentifiers = [
        "sex", "month_of_birth", "ethnicity", "mother", "home_sector", "placement_sector", "urn",
    ]

    /// `rows` (in `columns` order) with every quasi-identifying value that fewer than 6 distinct children
    /// (pseudonyms) in the file share made empty. A month of birth that rare first becomes its year
    /// ("2012-07-01" → "2012"), and is emptied only when fewer than 6 children share that year among the
    /// coarsened ones too. The result depends on the file's contents only, never on their order.
    static func suppressingRareValues(_ rows: [[String?]]) -> [[String?]] {
        var rows = rows
        for name in quasiIdentifiers {
            guard let column = columns.firstIndex(of: name) else { continue }
            if name == "month_of_birth" { replaceRare(in: column, of: &rows) { String($0.prefix(4)) } }
            replaceRare(in: column, of: &rows) { _ in nil }
        }
        return rows
    }

    /// Replaces each value of `column` that fewer than 6 distinct children share with `replacement(value)`.
    static func replaceRare(in column: Int, of rows: inout [[String?]], with replacement: (String) -> String?) {
        let child = columns.firstIndex(of: "child") ?? 1
        var children: [String: Set<String>] = [:]
        for row in rows {
            if let value = row[column], !value.isEmpty { children[value, default: []].insert(row[child] ?? "") }
        }
        for i in rows.indices {
            guard let value = rows[i][column], SmallNumbers.isSmall(children[value]?.count ?? 0) else { continue }
            rows[i][column] = replacement(value)
        }
    }
}
