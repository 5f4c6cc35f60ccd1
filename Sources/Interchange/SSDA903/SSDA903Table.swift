/// Which SSDA903 table a CSV file holds, told from its column names as the DfE validator does.
enum SSDA903Table: Equatable, Sendable {
    case header
    case episodes
    /// The UASC table: which children are unaccompanied asylum-seeking children, and when that ceased (DUC).
    case uasc
    /// Another 903 table (reviews, OC2, …) that Hearth does not use; the name is for the report.
    case ignored(String)
    /// Looks like a Header or Episodes file but lacks columns the return requires.
    indirect case incomplete(SSDA903Table, missing: [String])
    /// Not a 903 table at all.
    case unknown

    /// Columns an Episodes file must have (URN came later, so older files lack it).
    static let episodeColumns: [SSDA903Field] = [
        .child, .decom, .rne, .ls, .cin, .place, .placeProvider, .dec, .rec, .reasonPlaceChange, .homePost, .placePost,
    ]
    static let headerColumns: [SSDA903Field] = [.child, .sex, .dob, .ethnic, .upn, .mother, .motherChildDOB]
    /// The UASC table's own columns: SEX and DOB repeat the header's and are not needed.
    static let uascColumns: [SSDA903Field] = [.child, .duc]

    /// One column that only a given table has, and the name that table is reported under.
    static let signatures: [(column: String, table: String)] = [
        ("REVIEW", "reviews"), ("SDQ_SCORE", "oc2"), ("IN_TOUCH", "oc3"),
        ("DATE_INT", "ad1"), ("DATE_PLACED", "placed-adoption"), ("PREV_PERM", "prev-perm"),
        ("MISSING", "missing"), ("SW_ID", "sw-episodes"), ("DOLO_START", "dolo"),
    ]

    /// Classifies a file by its column names (compared trimmed and upper-cased).
    static func detect(columns: [String]) -> SSDA903Table {
        let names = Set(columns.map { $0.uppercased() })
        if looksLikeEpisodes(names) {
            return require(episodeColumns, in: names, table: .episodes)
        }
        // Newer Headers carry UASC and DUC themselves; the UASC table has DUC but no ETHNIC.
        if names.contains("DUC"), !names.contains("ETHNIC") { return require(uascColumns, in: names, table: .uasc) }
        if names.contains("DOB"), names.contains("SEX") {
            return require(headerColumns, in: names, table: .header)
        }
        if let match = signatures.first(where: { names.contains($0.column) }) { return .ignored(match.table) }
        return .unknown
    }

    /// DECOM, or PLACE with another column only Episodes files have. PLACE alone is not enough: other
    /// placement files (the generator's placement costs, S251-style extracts) have a `place` column too,
    /// and in a folder of returns they should be passed over, not reported as broken episodes files.
    private static func looksLikeEpisodes(_ names: Set<String>) -> Bool {
        let episodeOnly: [SSDA903Field] = [
            .rne, .ls, .cin, .placeProvider, .dec, .rec, .reasonPlaceChange,
            .homePost, .placePost,
        ]
        let hasEpisodeOnly = episodeOnly.contains { names.contains($0.column) }
        return names.contains("DECOM") || (names.contains("PLACE") && hasEpisodeOnly)
    }

    private static func require(_ fields: [SSDA903Field], in names: Set<String>, table: SSDA903Table) -> SSDA903Table {
        let missing = fields.map(\.column).filter { !names.contains($0) }
        return missing.isEmpty ? table : .incomplete(table, missing: missing)
    }

    /// The columns a file of this table must have.
    var requiredColumns: [SSDA903Field] {
        switch self {
        case .header: Self.headerColumns
        case .uasc: Self.uascColumns
        default: Self.episodeColumns
        }
    }

    /// "a Header", "an Episodes", "a UASC": how problems name the kind of file.
    var articleName: String {
        switch self {
        case .header: "a Header"
        case .uasc: "a UASC"
        default: "an Episodes"
        }
    }

    /// How the file is listed in the import report.
    var reportKind: String {
        switch self {
        case .header: "header"
        case .episodes: "episodes"
        case .uasc: "uasc"
        case .ignored(let name): "ignored (\(name))"
        case .incomplete(let table, _): table.reportKind
        case .unknown: "ignored (not SSDA903)"
        }
    }
}
