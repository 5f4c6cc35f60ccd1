import CareModel

/// The row each reference (a household's, a home's) was first given at, so that a reference given again
/// is reported at its later row whether or not the earlier row had problems of its own: fixing one row
/// should never bring a new problem to light.
struct ReferenceRows {
    /// The column holding the reference, and what it refers to ("household"), for the problem.
    let column: String
    let noun: String
    let defaultAuthority: AuthorityCode
    private(set) var rows: [RegisterKey: Int] = [:]

    init(column: String, noun: String, defaultAuthority: AuthorityCode) {
        self.column = column
        self.noun = noun
        self.defaultAuthority = defaultAuthority
    }

    /// Every reference given, by any row.
    var references: Set<RegisterKey> { Set(rows.keys) }

    /// Notes the reference of row `r` (its `la`/`authority` and `column`), reporting it in `r` when an
    /// earlier row gave it.
    mutating func note(_ r: inout TableRowReader, authorityColumns: [String]) {
        guard let id = r.text(column) else { return }
        let key = RegisterKey(authority: r.firstText(authorityColumns) ?? defaultAuthority, id: id)
        if let earlier = rows[key] {
            r.problem(column, "\(noun) \(id) is already in the file (row \(earlier))")
        } else {
            rows[key] = r.row
        }
    }
}
