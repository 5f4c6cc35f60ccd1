import CareModel

/// The references one register file gives — the programmes of programmes.csv, the plans of plans.csv — for
/// checking that each row of another file names one of them. Every reference a row gives counts, read or
/// not, so that a row naming a programme whose own row is wrong is not also reported as naming one that
/// does not exist.
struct KnownReferences {
    /// The column of the file checked that names the reference ("programme").
    let column: String
    /// The file giving the references, as problems show it ("programmes.csv", without its folders).
    let file: String
    let authorityColumns: [String]
    let defaultAuthority: AuthorityCode
    /// The references given; `nil` when the file giving them could not be read, and nothing is checked.
    let references: Set<RegisterKey>?

    /// Reports in `r` when its reference (its authority and `column`) is not one of `references`.
    func check(_ r: inout TableRowReader) {
        guard let references, let id = r.text(column) else { return }
        let authority = r.firstText(authorityColumns)
        guard !references.contains(RegisterKey(authority: authority ?? defaultAuthority, id: id)) else { return }
        r.problem(column, "\(id) is not in \(file)" + (authority.map { " for authority \($0)" } ?? ""))
    }
}
