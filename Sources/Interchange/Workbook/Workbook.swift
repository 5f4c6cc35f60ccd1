/// An Excel workbook (.xlsx) built in memory: sheets of text, numbers and money, with the header row
/// (and any other chosen rows) in bold. Excel and LibreOffice open it; numbers stay numbers.
///
///     var book = Workbook()
///     book.addSheet(name: "Monitor", rows: [[.text("Line"), .text("Budget £m")],
///                                           [.text("External Residential"), .money(pence: 1_524_800_000, format: .millions)]])
///     try Data(book.data()).write(to: url)
///
/// The file is an Office Open XML package (`[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/styles.xml`, `xl/worksheets/sheetN.xml` with inline strings) in a
/// ZIP container of stored entries.
public struct Workbook: Sendable {
    struct Sheet: Sendable {
        var name: String
        var rows: [[WorkbookCell]]
        var boldRows: Set<Int>
    }

    private(set) var sheets: [Sheet] = []

    public init() {}

    /// Adds a sheet after the others. Rows listed in `boldRows` (0-based; the header row by default) are
    /// bold. The name is made valid for Excel: at most 31 characters, none of `[]:*?/\`, and unique
    /// (a repeated name gets " (2)", " (3)", …).
    public mutating func addSheet(name: String, rows: [[WorkbookCell]], boldRows: Set<Int> = [0]) {
        sheets.append(Sheet(name: uniqueName(name), rows: rows, boldRows: boldRows))
    }

    /// The .xlsx file's bytes. A workbook needs a sheet, so an empty one gets a blank "Sheet1".
    public func data() -> [UInt8] {
        let sheets = self.sheets.isEmpty ? [Sheet(name: "Sheet1", rows: [], boldRows: [])] : self.sheets
        var zip = ZipArchive()
        zip.add(path: "[Content_Types].xml", contents: Array(WorkbookParts.contentTypes(sheetCount: sheets.count).utf8))
        zip.add(path: "_rels/.rels", contents: Array(WorkbookParts.packageRelationships.utf8))
        zip.add(path: "xl/workbook.xml", contents: Array(WorkbookParts.workbook(sheetNames: sheets.map(\.name)).utf8))
        zip.add(
            path: "xl/_rels/workbook.xml.rels",
            contents: Array(WorkbookParts.workbookRelationships(sheetCount: sheets.count).utf8))
        zip.add(path: "xl/styles.xml", contents: Array(WorkbookParts.styles.utf8))
        for (index, sheet) in sheets.enumerated() {
            zip.add(path: "xl/worksheets/sheet\(index + 1).xml", contents: Array(WorkbookParts.worksheet(sheet).utf8))
        }
        return zip.data
    }

    private func uniqueName(_ wanted: String) -> String {
        let cleaned = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
        let base = cleaned.isEmpty ? "Sheet\(sheets.count + 1)" : cleaned
        let taken = Set(sheets.map { $0.name.lowercased() })
        var name = base, copy = 1
        while taken.contains(name.lowercased()) {
            copy += 1
            let suffix = " (\(copy))"
            name = String(base.prefix(31 - suffix.count)) + suffix
        }
        return name
    }
}
