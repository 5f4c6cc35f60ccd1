import CareModel

/// One table of a report, independent of how it is printed: the text table, CSV and XLSX outputs are
/// all rendered from the same sheet, so they cannot disagree.
public struct ReportSheet: Sendable {
    public enum Cell: Sendable {
        case text(String)
        case count(Int)
        case money(Money)
        /// A weekly price: always shown in pounds and pence, even in a £m table.
        case weekly(Money)
        case none
    }

    public var name: String
    public var columns: [String]
    public var rows: [[Cell]]
    /// Whether the text table shows money in £m to three decimals (like the seed table) rather than £.
    public var millionsInText = false

    public init(name: String, columns: [String], rows: [[Cell]], millionsInText: Bool = false) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.millionsInText = millionsInText
    }

    /// RFC 4180 CSV: money as plain pounds and pence, counts as integers, blanks empty.
    public var csv: String {
        var writer = CSVWriter(header: columns)
        for row in rows {
            writer.append(
                row.map { cell in
                    switch cell {
                    case .text(let t): t
                    case .count(let n): String(n)
                    case .money(let m), .weekly(let m): m.plain
                    case .none: ""
                    }
                })
        }
        return writer.text
    }

    /// Workbook cells: numbers as numbers, money in pounds and pence; a bold header row.
    public var workbookRows: [[WorkbookCell]] {
        [columns.map { .text($0) }]
            + rows.map { row in
                row.map { cell in
                    switch cell {
                    case .text(let t): .text(t)
                    case .count(let n): .number(Double(n))
                    case .money(let m), .weekly(let m): .money(pence: m.pence, format: .pounds)
                    case .none: .empty
                    }
                }
            }
    }

    /// An aligned text table: text left, numbers right, two spaces between columns.
    public var text: String {
        let cells = [columns] + rows.map { $0.map(display) }
        let widths = columns.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
        let numeric = columns.indices.map { c in rows.contains { if case .text = $0[c] { false } else { true } } }
        return cells.map { line in
            line.enumerated().map { c, value in
                numeric[c] ? value.leftPadded(to: widths[c]) : value.rightPadded(to: widths[c])
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    public func display(_ cell: Cell) -> String {
        switch cell {
        case .text(let t): t.count > 60 ? String(t.prefix(57)) + "…" : t
        case .count(let n): n.grouped
        case .money(let m): millionsInText ? m.millions : m.formatted
        case .weekly(let m): m.formatted
        case .none: ""
        }
    }
}
