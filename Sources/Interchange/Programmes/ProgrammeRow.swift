import CareModel

/// Column names of programmes.csv (see `ProgrammeRegisterReader`).
enum ProgrammeColumns {
    static let programme = "programme", name = "name", kind = "kind"
    static let required = [programme, name, kind]
    static let savingsYear = "savings_year", savingsTarget = "savings_target"
    static let authority = ["la", "authority"]
    /// Every column, in the order `ProgrammeCSVWriter` writes them.
    static let all = required + [savingsYear, savingsTarget, "la"]
}

/// One row of programmes.csv read and checked on its own: the programme's reference, name and kind, the
/// savings target the row gives (if any), and the row it came from. A programme with targets for several
/// years is given on several rows; `ProgrammeRepeats` checks those rows agree.
struct ProgrammeRow {
    var row: Int
    var key: RegisterKey
    var name: String
    var kind: ProgrammeKind
    var target: SavingsTarget?
}

extension ProgrammeRow {
    typealias C = ProgrammeColumns

    /// Reads row `r.index`; `nil` (with the problems in `r`) when any field is wrong.
    static func read(_ r: inout TableRowReader, defaultAuthority: AuthorityCode) -> ProgrammeRow? {
        let authority = r.firstText(C.authority) ?? defaultAuthority
        let id = r.required(C.programme), name = r.required(C.name)
        let kind = r.choice(C.kind, "a programme kind", required: true, as: ProgrammeKind.self)
        let target = readTarget(&r)
        guard r.problems.isEmpty, let id, let name, let kind else { return nil }
        return ProgrammeRow(
            row: r.row, key: RegisterKey(authority: authority, id: id), name: name, kind: kind, target: target)
    }

    /// The row's savings target: a financial year ("2025-26") and an amount of at least £0, both or neither.
    private static func readTarget(_ r: inout TableRowReader) -> SavingsTarget? {
        let year = r.value(C.savingsYear, expected: "a financial year (e.g. 2025-26)", financialYear)
        let amount = r.money(C.savingsTarget)
        if r.isGiven(C.savingsTarget) && !r.isGiven(C.savingsYear) {
            r.problem(C.savingsYear, "is blank; a \(C.savingsTarget) needs the financial year it is for")
        } else if r.isGiven(C.savingsYear) && !r.isGiven(C.savingsTarget) {
            r.problem(C.savingsTarget, "is blank; a \(C.savingsYear) needs the target for that year")
        }
        guard let year, let amount else { return nil }
        return SavingsTarget(year: year, amount: amount)
    }

    /// "2025-26" (or "2025") → the financial year starting 1 April 2025; the budget file's reading.
    static func financialYear(_ text: String) -> FinancialYear? {
        BudgetPlanBuilder.year(text)
    }
}
