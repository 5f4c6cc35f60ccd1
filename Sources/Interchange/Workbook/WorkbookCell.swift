/// One cell of a workbook sheet. Numbers and money are written as numbers, so a spreadsheet can add
/// them up; only the display format differs.
public enum WorkbookCell: Hashable, Sendable {
    case text(String)
    case number(Double)
    /// An amount in pence, shown in `format`.
    case money(pence: Int64, format: MoneyFormat = .pounds)
    case empty

    /// How an amount of money is shown.
    public enum MoneyFormat: Hashable, Sendable {
        /// Pounds and pence: £1,234.56 (the cell holds 1234.56).
        case pounds
        /// Millions of pounds to three decimals, as budget monitors show them: 15.248 (the cell holds £m).
        case millions
    }
}

extension WorkbookCell {
    /// The cell's value as the sheet XML writes it: exact decimals for money, `nil` for text and empty.
    var numberText: String? {
        switch self {
        case .number(let value): value.isFinite ? Self.plain(value) : nil
        case .money(let pence, .pounds): Self.decimal(pence, places: 2)
        case .money(let pence, .millions): Self.decimal(pence, places: 8)
        case .text, .empty: nil
        }
    }

    /// `units` / 10^places written exactly, without trailing zeros: (1524812345, 8) → "15.24812345".
    static func decimal(_ units: Int64, places: Int) -> String {
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let magnitude = units.magnitude
        var fraction = String(magnitude % scale)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        let whole = "\(units < 0 ? "-" : "")\(magnitude / scale)"
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// A double without a needless ".0" ("3" not "3.0"); exponents stay as Swift writes them ("1e-05"),
    /// which XML Schema's double accepts.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
