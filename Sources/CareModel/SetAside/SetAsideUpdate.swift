/// What an import does to the set-aside list, saved in the import's own transaction: the rows it sets aside,
/// and the earlier ones it clears — those of a return it brings again (the same file name, authority and
/// year: what is still wrong in it is set aside afresh), and those a valid row now supplies (the same child,
/// and for an episode the same DECOM as written).
public struct SetAsideUpdate: Sendable, Hashable {
    /// A return, as set-aside rows are grouped: the file's own name (not its folder), authority and year.
    public struct Return: Sendable, Hashable {
        public var authority: AuthorityCode
        public var returnYear: Int?
        public var fileName: String

        public init(authority: AuthorityCode, returnYear: Int?, fileName: String) {
            self.authority = authority
            self.returnYear = returnYear
            self.fileName = fileName
        }
    }

    /// A record a valid row supplies: the child, and for an episode its DECOM (ISO).
    public struct Record: Sendable, Hashable {
        public var authority: AuthorityCode
        public var child: String
        public var kind: SetAsideRow.Kind
        public var start: String?

        public init(authority: AuthorityCode, child: String, kind: SetAsideRow.Kind, start: String?) {
            self.authority = authority
            self.child = child
            self.kind = kind
            self.start = start
        }
    }

    public var add: [SetAsideRow] = []
    public var clearReturns: Set<Return> = []
    public var clearRecords: Set<Record> = []

    public init(add: [SetAsideRow] = [], clearReturns: Set<Return> = [], clearRecords: Set<Record> = []) {
        self.add = add
        self.clearReturns = clearReturns
        self.clearRecords = clearRecords
    }

    public var isEmpty: Bool { add.isEmpty && clearReturns.isEmpty && clearRecords.isEmpty }
}
