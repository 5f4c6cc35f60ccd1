/// The worksheet part: rows of cells with inline strings, and column widths fitted to the content.
extension WorkbookParts {
    static func worksheet(_ sheet: Workbook.Sheet) -> String {
        var xml = declaration + #"<worksheet xmlns="\#(mainNamespace)">"# + columns(sheet.rows) + "<sheetData>"
        for (index, cells) in sheet.rows.enumerated() {
            xml += #"<row r="\#(index + 1)">"#
            for (column, cell) in cells.enumerated() {
                xml += self.cell(
                    cell, reference: columnName(column) + String(index + 1),
                    bold: sheet.boldRows.contains(index))
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func cell(_ cell: WorkbookCell, reference: String, bold: Bool) -> String {
        let style: Int
        switch cell {
        case .money(_, .pounds): style = bold ? 4 : 2
        case .money(_, .millions): style = bold ? 5 : 3
        default: style = bold ? 1 : 0
        }
        let s = style == 0 ? "" : #" s="\#(style)""#
        switch cell {
        case .text(let text):
            return
                #"<c r="\#(reference)"\#(s) t="inlineStr"><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
        case .number, .money:
            guard let number = cell.numberText else { return "" }
            return #"<c r="\#(reference)"\#(s) t="n"><v>\#(number)</v></c>"#
        case .empty:
            return style == 0 ? "" : #"<c r="\#(reference)"\#(s)/>"#
        }
    }

    /// "A" for 0, "Z" for 25, "AA" for 26.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Widths wide enough for each column's longest value (in characters, between 8 and 60).
    static func columns(_ rows: [[WorkbookCell]]) -> String {
        var widths: [Int] = []
        for cells in rows {
            for (column, cell) in cells.enumerated() {
                if widths.count <= column { widths.append(8) }
                let length: Int
                switch cell {
                case .text(let text): length = text.count
                case .money(let pence, .pounds): length = String(pence / 100).count + 5
                default: length = (cell.numberText ?? "").count
                }
                widths[column] = min(60, max(widths[column], length + 2))
            }
        }
        guard !widths.isEmpty else { return "" }
        return "<cols>"
            + widths.enumerated().map { index, width in
                #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }.joined() + "</cols>"
    }
}
