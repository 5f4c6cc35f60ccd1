/// The CSV form of the return: one file per table, told apart by their columns.
extension SSDA903Reader {
    func readCSV(
        _ bytes: [UInt8], from source: SSDA903Source,
        into builder: inout SSDA903ExtractBuilder
    ) -> [FileProblem] {
        let table = CSVTable(bytes: bytes)
        guard !table.isEmpty else { return [FileProblem(file: source.path, message: "file is empty")] }
        let kind = SSDA903Table.detect(columns: table.columns)
        switch kind {
        case .header, .episodes, .uasc:
            builder.addFile(source, kind: kind.reportKind, rows: table.count, bytes: bytes)
            if table.wasWindows1252 { builder.noteWindows1252(source) }
            return malformedRows(table, source) + records(table, kind, source, &builder)
        case .incomplete(let wanted, let missing):
            let needed = wanted.requiredColumns.map(\.column).joined(separator: ", ")
            let file = wanted.articleName
            return missing.map { column in
                FileProblem(
                    file: source.path, row: 1, field: column,
                    message: "column is missing; \(file) file needs \(needed)")
            }
        case .unknown where source.isExplicit:
            return [
                FileProblem(
                    file: source.path, row: 1,
                    message: "is not an SSDA903 Header or Episodes file: "
                        + "its columns (\(table.columns.joined(separator: ", "))) match no SSDA903 table")
            ]
        case .ignored, .unknown:
            builder.addFile(source, kind: kind.reportKind, rows: table.count, bytes: bytes)
            return []
        }
    }

    private func malformedRows(_ table: CSVTable, _ source: SSDA903Source) -> [FileProblem] {
        table.problems.map { FileProblem(file: source.path, row: $0.row, message: $0.message) }
    }

    /// Validates every data row; columns Hearth does not use are left alone.
    private func records(
        _ table: CSVTable, _ kind: SSDA903Table, _ source: SSDA903Source,
        _ builder: inout SSDA903ExtractBuilder
    ) -> [FileProblem] {
        let used: [(column: Int, field: SSDA903Field)] = table.columns.enumerated().compactMap { index, name in
            SSDA903Field.byColumn[name.uppercased()].map { (index, $0) }
        }
        var problems: [FileProblem] = []
        // One record refilled row by row: every used field is set on every row, and the others stay blank,
        // so no row sees another's values, and a file of 10,000 rows allocates one record, not 10,000.
        var record = SSDA903Record(form: .csv, row: 0)
        for row in 0..<table.count {
            record.row = table.sheetRow(row)
            for (column, field) in used { record[field] = table.trimmedField(row, column) }
            problems += builder.add(record, as: kind, from: source)
        }
        return problems
    }
}
