import CareModel

/// A supply register file — foster households, their statuses, children's homes, recruitment events —
/// opened for reading: its rows, its columns by name, and what is wrong with the file as a whole.
///
/// The four supply readers share this so that each refuses an empty file, a missing column and an
/// oversized file in the same words, and reads its rows with the costs register's `TableRowReader`.
struct SupplyTable {
    /// The most data rows a supply file may have. A council has a few hundred foster households, a handful
    /// of homes and a few thousand recruitment events a year; a file far larger is the wrong file (an
    /// SSDA903 episodes table, say), refused at once rather than reported row by row.
    static let maximumRows = 100_000

    let table: CSVTable
    let columns: ColumnIndex
    let file: String

    /// Opens CSV bytes; `file` names the source in problems, `register` says what the file should be
    /// ("households") and `required` the columns it must have (each one missing is a problem at row 1).
    static func open(bytes: [UInt8], file: String, register: String, required: [String]) throws(FileReadFailure)
        -> SupplyTable
    {
        let table = CSVTable(bytes: bytes)
        guard !table.isEmpty else {
            throw FileReadFailure(problems: [FileProblem(file: file, message: "file is empty")])
        }
        let columns = ColumnIndex(table.columns)
        let missing = required.filter { !columns.contains($0) }.map {
            FileProblem(
                file: file, row: 1, field: $0,
                message: "column is missing; a \(register) file needs " + required.joined(separator: ","))
        }
        guard missing.isEmpty else { throw FileReadFailure(problems: missing) }
        guard table.count <= maximumRows else {
            let message = "has \(table.count.grouped) rows; a \(register) file has at most \(maximumRows.grouped)"
            throw FileReadFailure(problems: [FileProblem(file: file, message: message)])
        }
        return SupplyTable(table: table, columns: columns, file: file)
    }

    /// The file's bytes, or a failure naming the path when it cannot be read.
    static func bytes(path: String) throws(FileReadFailure) -> [UInt8] {
        switch FileBytes.read(path) {
        case .failure(let problem): throw FileReadFailure(problems: [problem])
        case .success(let bytes): return bytes
        }
    }

    /// Reads every data row with `read` (which returns `nil` when the row has problems), giving the rows
    /// read and every problem found, malformed rows included, in row order.
    func rows<Row>(_ read: (inout TableRowReader) -> Row?) -> (rows: [Row], problems: [FileProblem]) {
        var rows: [Row] = []
        var problems = table.fileProblems(file: file)
        for index in 0..<table.count {
            var reader = TableRowReader(table: table, columns: columns, file: file, index: index)
            if let row = read(&reader) { rows.append(row) }
            problems += reader.problems
        }
        return (rows, problems.sortedByRow())
    }
}

extension [FileProblem] {
    /// The problems in row order (problems with the whole file first), keeping the order within a row.
    func sortedByRow() -> [FileProblem] {
        enumerated().sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }.map(\.element)
    }
}
