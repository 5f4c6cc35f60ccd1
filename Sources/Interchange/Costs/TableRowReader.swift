import CareModel

/// The columns of a CSV file by name, matched without regard to case or surrounding spaces, keeping the
/// name as the file writes it for error messages.
struct ColumnIndex: Sendable {
    private var byName: [String: (index: Int, written: String)] = [:]

    init(_ columns: [String]) {
        for (index, column) in columns.enumerated() where byName[Self.key(column)] == nil {
            byName[Self.key(column)] = (index, column)
        }
    }

    static func key(_ name: String) -> String {
        String(
            name.lowercased().drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    func contains(_ name: String) -> Bool { byName[Self.key(name)] != nil }

    /// The first of `names` that the file has.
    func first(of names: [String]) -> String? { names.first(where: contains) }

    func index(_ name: String) -> Int? { byName[Self.key(name)]?.index }

    /// The column's name as written in the file (or `name` when the file lacks it).
    func written(_ name: String) -> String { byName[Self.key(name)]?.written ?? name }
}

/// Reads one data row's fields by column name into typed values, collecting every problem with the
/// row and column it is in, so one pass over a file reports all that is wrong with it.
struct TableRowReader {
    let table: CSVTable
    let columns: ColumnIndex
    let file: String
    let index: Int
    private(set) var problems: [FileProblem] = []

    init(table: CSVTable, columns: ColumnIndex, file: String, index: Int) {
        self.table = table
        self.columns = columns
        self.file = file
        self.index = index
    }

    /// The row as a spreadsheet numbers it.
    var row: Int { table.sheetRow(index) }

    /// The field's text with spaces trimmed; `nil` when the column is absent or the field blank.
    func text(_ name: String) -> String? {
        columns.index(name).flatMap { table.trimmedField(index, $0) }
    }

    /// The first non-blank field among columns that mean the same (`la` or `authority`).
    func firstText(_ names: [String]) -> String? {
        for name in names { if let value = text(name) { return value } }
        return nil
    }

    mutating func problem(_ name: String, _ message: String) {
        problems.append(FileProblem(file: file, row: row, field: columns.written(name), message: message))
    }

    /// The field's text, reporting it when it is blank.
    mutating func required(_ name: String) -> String? {
        guard let value = text(name) else {
            problem(name, "is blank; every row needs it")
            return nil
        }
        return value
    }

    /// A date written `YYYY-MM-DD` or `DD/MM/YYYY`.
    mutating func day(_ name: String, required isRequired: Bool = false) -> Day? {
        guard let value = isRequired ? required(name) : text(name) else { return nil }
        if let day = Day(iso: value) ?? Day(ukNumeric: value) { return day }
        problem(name, "'\(value)' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
        return nil
    }

    /// An amount in pounds ("1234.56", "£1,234.56"), which must not be negative.
    mutating func money(_ name: String, required isRequired: Bool = false) -> Money? {
        guard let value = isRequired ? required(name) : text(name) else { return nil }
        guard let money = Money(parsing: value) else {
            problem(name, "'\(value)' is not an amount in pounds (expected e.g. 1234.56 or £1,234.56)")
            return nil
        }
        guard money >= .zero else {
            problem(name, "'\(value)' is negative")
            return nil
        }
        return money
    }

    /// An SSDA903 code such as PLACE or PLACE_PROVIDER.
    mutating func code<C: SSDA903Code>(_ name: String, required isRequired: Bool = false, as: C.Type = C.self) -> C? {
        guard let value = isRequired ? required(name) : text(name) else { return nil }
        if let code = C(code: value) { return code }
        problem(name, "'\(value)' is not a \(C.fieldName) code (expected one of \(C.codeList))")
        return nil
    }

    /// A value read by `parse`, reported with `expected` when it does not read.
    mutating func value<T>(_ name: String, expected: String, _ parse: (String) -> T?) -> T? {
        guard let value = text(name) else { return nil }
        if let parsed = parse(value) { return parsed }
        problem(name, "'\(value)' is not \(expected)")
        return nil
    }
}

extension CSVTable {
    /// The malformed rows of the table as file problems.
    func fileProblems(file: String) -> [FileProblem] {
        problems.map { FileProblem(file: file, row: $0.row, message: $0.message) }
    }
}
