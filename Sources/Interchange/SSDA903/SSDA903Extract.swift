import CareModel

/// Everything read from a set of SSDA903 files, validated but not yet merged: every Header and
/// Episodes row with the authority and return it came from. `HistoryMerge` turns it into histories.
public struct SSDA903Extract: Sendable {
    public var headers: [HeaderRow]
    public var episodes: [EpisodeRow]
    /// The UASC tables' rows: which children were unaccompanied asylum-seeking children, and until when.
    public var uasc: [UASCRow] = []
    /// Files read, row counts and warnings; the merge adds what its cleaning rules did.
    public var report: ImportReport
    /// Rows left out because they broke a rule, when the reader sets invalid rows aside
    /// (`SSDA903Reader.setsAsideInvalid`); otherwise such rows refuse the whole import.
    public var setAside: [SetAsideRow] = []

    public init(headers: [HeaderRow] = [], episodes: [EpisodeRow] = [], report: ImportReport = ImportReport()) {
        self.headers = headers
        self.episodes = episodes
        self.report = report
    }
}

/// One Header record (a child) from one return.
public struct HeaderRow: Sendable, Hashable {
    public var authority: AuthorityCode
    /// The year the return ends (2025 for 2024-25): from the file's name or folder, else its episode dates.
    public var returnYear: Int?
    /// Position in reading order across all files: breaks ties between rows of the same return year.
    public var order: Int
    public var child: Child

    public init(authority: AuthorityCode, returnYear: Int?, order: Int, child: Child) {
        self.authority = authority
        self.returnYear = returnYear
        self.order = order
        self.child = child
    }

    /// The child this row is about.
    public var key: ChildKey { ChildKey(authority: authority, child: child.id) }
}

/// One Episodes record from one return.
public struct EpisodeRow: Sendable, Hashable {
    public var authority: AuthorityCode
    /// The year the return ends (2025 for 2024-25): from the file's name or folder, else its episode dates.
    public var returnYear: Int?
    /// Position in reading order across all files: breaks ties between rows of the same return year.
    public var order: Int
    public var episode: Episode

    public init(authority: AuthorityCode, returnYear: Int?, order: Int, episode: Episode) {
        self.authority = authority
        self.returnYear = returnYear
        self.order = order
        self.episode = episode
    }

    /// The child this row is about.
    public var key: ChildKey { ChildKey(authority: authority, child: episode.childID) }
}

/// One UASC table record from one return: the child was an unaccompanied asylum-seeking child.
public struct UASCRow: Sendable, Hashable {
    public var authority: AuthorityCode
    public var returnYear: Int?
    public var order: Int
    public var child: String
    public var status: UASCStatus

    public init(authority: AuthorityCode, returnYear: Int?, order: Int, child: String, status: UASCStatus) {
        self.authority = authority
        self.returnYear = returnYear
        self.order = order
        self.child = child
        self.status = status
    }

    /// The child this row is about.
    public var key: ChildKey { ChildKey(authority: authority, child: child) }
}
