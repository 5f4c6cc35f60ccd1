import Interchange

/// A generated return file rewritten with its planned faults, and where each fault landed.
enum FaultedFile {
    /// Applies `edits` to the CSV `text` of the file at `path` (relative to the output folder). Rows keep
    /// their fields and quoting; a duplicate row is written again straight after itself, which moves every
    /// later row down one, so the truth file's rows are counted from what is written.
    static func apply(_ edits: [FaultEdit], to text: String, path: String) -> (text: String, faults: [InjectedFault]) {
        let table = CSVTable(text: text)
        let byRow = Dictionary(edits.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var csv = CSVWriter(header: table.columns)
        var faults: [InjectedFault] = []
        for index in 0..<table.count {
            var fields = table.row(index)
            guard let edit = byRow[index] else {
                csv.append(fields)
                continue
            }
            if let column = edit.column {
                // The generator's own files always have the column (DEC, PLACE, LS or DOB).
                fields[table.columns.firstIndex(of: column)!] = edit.value
            } else {
                csv.append(fields)
            }
            csv.append(fields)
            // The column line is record 1, so the record just written is numbered as the reader numbers rows.
            faults.append(
                InjectedFault(
                    file: path, row: csv.records, field: edit.column ?? "row", kind: edit.kind, child: edit.child,
                    note: edit.note))
        }
        return (csv.text, faults)
    }
}
