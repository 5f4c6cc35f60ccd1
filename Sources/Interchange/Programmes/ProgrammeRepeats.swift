import CareModel

/// The first row each programme of programmes.csv is given at, with the name and kind given there, and
/// the row of each year's savings target: a programme given again (for another year's target) must keep
/// its name and kind, and have one target a year. Like `ReferenceRows`, a repeat is reported at its later
/// row whether or not the earlier row had problems of its own, so fixing one row never brings a new
/// problem to light.
struct ProgrammeRepeats {
    typealias C = ProgrammeColumns

    /// What the first row of a programme gave: its row, its name and its kind (as a code key).
    private struct First {
        var row: Int
        var name: String?
        var kind: String?
    }

    let defaultAuthority: AuthorityCode
    private var firsts: [RegisterKey: First] = [:]
    private var targetRows: [RegisterKey: [FinancialYear: Int]] = [:]

    init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    /// Every programme given, by any row.
    var references: Set<RegisterKey> { Set(firsts.keys) }

    /// Notes row `r`'s programme, reporting in `r` what disagrees with the programme's earlier rows.
    mutating func note(_ r: inout TableRowReader) {
        guard let id = r.text(C.programme) else { return }
        let key = RegisterKey(authority: r.firstText(C.authority) ?? defaultAuthority, id: id)
        if let first = firsts[key] {
            Self.check(&r, against: first, id: id)
        } else {
            firsts[key] = First(row: r.row, name: r.text(C.name), kind: r.text(C.kind).map(TableRowReader.codeKey))
        }
        guard let year = r.text(C.savingsYear).flatMap(ProgrammeRow.financialYear) else { return }
        if let earlier = targetRows[key]?[year] {
            r.problem(C.savingsYear, "programme \(id) already has a savings target for \(year.label) (row \(earlier))")
        } else {
            targetRows[key, default: [:]][year] = r.row
        }
    }

    /// A later row of programme `id`: the same name and kind as its first row, and a target (a target
    /// without its year is the row's own problem).
    private static func check(_ r: inout TableRowReader, against first: First, id: String) {
        if let name = r.text(C.name), let firstName = first.name, name != firstName {
            r.problem(C.name, "'\(name)' differs from programme \(id)'s name '\(firstName)' (row \(first.row))")
        }
        if let kind = r.text(C.kind), let firstKind = first.kind, TableRowReader.codeKey(kind) != firstKind {
            r.problem(C.kind, "'\(kind)' differs from programme \(id)'s kind \(firstKind) (row \(first.row))")
        }
        if !r.isGiven(C.savingsYear) && !r.isGiven(C.savingsTarget) {
            r.problem(
                C.programme,
                "programme \(id) is already in the file (row \(first.row)); "
                    + "give it again only with another year's savings target")
        }
    }
}
