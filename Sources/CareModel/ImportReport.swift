/// What an SSDA903 import read and what it did to the data, so an analyst can see every rule applied.
public struct ImportReport: Hashable, Sendable, Codable {
    /// One file that was read.
    public struct SourceFile: Hashable, Sendable, Codable {
        public var path: String
        /// "header", "episodes", "xml", or "ignored (uasc)" etc.
        public var kind: String
        public var rows: Int
        /// Return (collection) year the file was taken to be, when it could be told from its name or folder,
        /// or else from its episode dates (a Header file: its Episodes files' year); the warnings say which.
        public var returnYear: Int?
        /// FNV-1a 64-bit hash of the file's bytes, hex, so re-imports of the same content can be recognised.
        public var contentHash: String

        public init(path: String, kind: String, rows: Int, returnYear: Int?, contentHash: String) {
            self.path = path
            self.kind = kind
            self.rows = rows
            self.returnYear = returnYear
            self.contentHash = contentHash
        }
    }

    public var files: [SourceFile] = []
    public var headerRows = 0
    public var episodeRows = 0
    /// Children whose history this import created or changed.
    public var childrenAffected = 0
    /// Episodes in those children's histories after cleaning.
    public var episodesAfterCleaning = 0
    /// How many times each cleaning rule changed the data.
    public var rulesApplied: [CleaningRule: Int] = [:]
    /// Things worth a look that did not stop the import (retired codes in a late year, for example).
    public var warnings: [String] = []

    public init() {}

    public mutating func count(_ rule: CleaningRule, _ n: Int = 1) {
        rulesApplied[rule, default: 0] += n
    }
}

/// The cleaning rules applied when yearly returns are merged into one history per child
/// (the same rules as the Social Finance demand models, `reference/anchors.md` §3.1 and §3.3).
public enum CleaningRule: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// The same child and start date (DECOM) appeared more than once; the row from the latest return was kept.
    case duplicateStart = "duplicate-start"
    /// The same child and end date (DEC) appeared more than once; the earliest-starting row was kept.
    case duplicateEnd = "duplicate-end"
    /// An episode ended after the next one started (or was left open before it); its end was set to the next start.
    case overlapTrimmed = "overlap-trimmed"
    /// An episode that only continued the previous one on the same day (RNE L, T or U, same category)
    /// was folded into it, carrying its end back.
    case continuationFolded = "continuation-folded"
    /// Episode rows whose child had no header record in any file; they were left out.
    case episodeWithoutHeader = "episode-without-header"
    /// The same child's header appeared in several returns; the latest return's record was kept.
    case headerSuperseded = "header-superseded"

    public var label: String {
        switch self {
        case .duplicateStart: "Duplicate child and start date: latest return kept"
        case .duplicateEnd: "Duplicate child and end date: earliest start kept"
        case .overlapTrimmed: "Overlapping or unclosed episode ended at next start"
        case .continuationFolded: "Same-day continuation (L/T/U) folded into previous episode"
        case .episodeWithoutHeader: "Episode rows with no header for the child: left out"
        case .headerSuperseded: "Header repeated in later return: latest kept"
        }
    }
}
