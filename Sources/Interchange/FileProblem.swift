/// Something wrong in a file that stops it being imported, pinned to where a person can find it:
/// the file, the row as a spreadsheet numbers it (the column-name line is row 1, so the first
/// data row is row 2; for XML, the line), and the column or element.
public struct FileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var row: Int?
    public var field: String?
    public var message: String
    /// Whether the problem is with one row of an SSDA903 return, which `--set-aside-invalid` could set aside
    /// (a problem with a whole file cannot be).
    public var canBeSetAside = false

    public init(file: String, row: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.field = field
        self.message = message
    }

    /// `file:row: field: message`, leaving out the parts that are not known (`file: message`).
    public var description: String {
        var text = file
        if let row { text += ":\(row)" }
        text += ": "
        if let field { text += "\(field): " }
        return text + message
    }
}

/// A file (or set of files) that could not be imported, with every problem found in it — not just the
/// first — in file and row order, so it can be fixed in one go. Nothing is imported from such a file.
public struct FileReadFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [FileProblem]

    public init(problems: [FileProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
