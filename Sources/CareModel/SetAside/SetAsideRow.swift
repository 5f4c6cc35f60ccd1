/// A row of an SSDA903 return that an import with "set aside invalid rows" left out because it broke a rule:
/// where it is (file, row, field), the rule, and whose it is, so the council can correct it at source. The
/// rest of the import went in; a child with a set-aside episode keeps its other episodes.
public struct SetAsideRow: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case header, episode, uasc
    }

    public var authority: AuthorityCode
    /// The return (collection) year the file was taken to be.
    public var returnYear: Int?
    public var file: String
    public var row: Int
    public var field: String?
    /// The rule it broke, in the reader's words.
    public var rule: String
    /// The child's ID as written ("" when the row did not say).
    public var child: String
    public var kind: Kind
    /// The episode's DECOM (an episode's identity within a child's history): ISO when it is a date, else
    /// as written; `nil` for a header.
    public var start: String?

    public init(
        authority: AuthorityCode, returnYear: Int?, file: String, row: Int, field: String?, rule: String,
        child: String, kind: Kind, start: String?
    ) {
        self.authority = authority
        self.returnYear = returnYear
        self.file = file
        self.row = row
        self.field = field
        self.rule = rule
        self.child = child
        self.kind = kind
        self.start = start
    }

    /// `file:row: field: rule`, as every problem Hearth lists reads.
    public var location: String {
        "\(file):\(row): " + (field.map { "\($0): " } ?? "") + rule
    }
}
