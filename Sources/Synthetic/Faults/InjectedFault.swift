/// One fault put into a synthetic return, as listed in the truth file `<code>/injected-errors.csv`.
public struct InjectedFault: Sendable, Hashable {
    /// The return file, relative to the output folder: `990/2023/episodes.csv`.
    public var file: String
    /// The data row as Hearth's SSDA903 reader numbers rows in its problems: the column-name line is
    /// row 1, so the first data row is row 2.
    public var row: Int
    /// The column at fault (`DEC`, `PLACE`, `LS`, `DOB`), or `row` for a duplicate row.
    public var field: String
    public var kind: FaultKind
    /// The CHILD id of the row.
    public var child: String
    /// What was changed, in plain words, with the value it had before.
    public var note: String

    public init(file: String, row: Int, field: String, kind: FaultKind, child: String, note: String) {
        self.file = file
        self.row = row
        self.field = field
        self.kind = kind
        self.child = child
        self.note = note
    }

    /// The truth file's columns.
    public static let csvColumns = ["file", "row", "field", "fault", "child", "note"]

    /// The truth file's fields for this fault, in `csvColumns` order.
    public var csvFields: [String] { [file, String(row), field, kind.rawValue, child, note] }
}
