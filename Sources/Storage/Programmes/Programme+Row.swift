import CareModel
import SQLKit

/// How a programme is stored: `programmes`, with its savings targets in `programme_savings_targets`, both keyed
/// by authority and programme reference.
extension Programme {
    static let columns = ["authority", "programme_id", "name", "kind"]
    static let targetColumns = ["authority", "programme_id", "year", "amount_pence"]

    func appendRow(to values: inout [StoredValue]) {
        values += [.text(authority), .text(id), .text(name), .text(kind.rawValue)]
    }

    func appendTargetRows(to values: inout [StoredValue]) {
        for target in savingsTargets {
            values += [
                .text(authority), .text(id), .integer(target.year.startYear), .integer(Int(target.amount.pence)),
            ]
        }
    }

    /// Reads a programme from a `programmes` row, with its savings targets read separately.
    init(row: any SQLRow, savingsTargets: [SavingsTarget]) throws {
        self.init(
            authority: try row.text("authority"), id: try row.text("programme_id"), name: try row.text("name"),
            kind: try row.code("kind"), savingsTargets: savingsTargets)
    }
}

extension SavingsTarget {
    /// Reads a target from a `programme_savings_targets` row: the financial year by the calendar year it starts.
    init(row: any SQLRow) throws {
        self.init(
            year: FinancialYear(try row.decode(column: "year", as: Int.self)),
            amount: Money(pence: try row.pence("amount_pence")))
    }
}
