import CareModel

/// Collects validated rows into an extract as files are read, numbering rows in reading order and
/// counting the warnings that do not stop an import.
struct SSDA903ExtractBuilder {
    let defaultAuthority: AuthorityCode
    /// Whether files are fingerprinted for the import report (`contentHash`); a projection needs no report.
    let hashesFiles: Bool
    /// Whether a row that breaks a rule is set aside (kept in `setAside`) rather than reported as a problem.
    var setsAsideInvalid = false
    private var extract = SSDA903Extract()
    private var warnings = PlacementCodeWarnings()
    /// Files that were not UTF-8 and were read as Windows-1252, named in the report's warnings.
    private var windows1252Files: [String] = []
    /// Why files without a year in their names were taken as the returns they were, for the report's warnings.
    private var yearNotes: [String] = []
    /// Records numbered so far (valid or not): the next record's `order` is `order + 1`.
    private(set) var order = 0
    /// Header, Episodes and XML files read, so an import of nothing but ignored files can be refused.
    private(set) var returnFilesRead = 0

    init(defaultAuthority: AuthorityCode, hashesFiles: Bool = true, setsAsideInvalid: Bool = false) {
        self.defaultAuthority = defaultAuthority
        self.hashesFiles = hashesFiles
        self.setsAsideInvalid = setsAsideInvalid
    }

    /// Validates a record of a Header or Episodes table and keeps it; returns its problems.
    mutating func add(_ record: SSDA903Record, as table: SSDA903Table, from source: SSDA903Source) -> [FileProblem] {
        var check = SSDA903RecordCheck(file: source.path, record: record)
        // A row's own LA column wins, then the folder it sits in, then the import's default.
        let authority = record[.la] ?? source.folderAuthority ?? defaultAuthority
        order += 1
        if table == .header {
            if let child = check.child() {
                extract.headers.append(
                    HeaderRow(
                        authority: authority, returnYear: source.returnYear, order: order,
                        child: child))
            }
        } else if table == .uasc {
            if let (child, status) = check.uascRecord() {
                extract.uasc.append(
                    UASCRow(
                        authority: authority, returnYear: source.returnYear, order: order, child: child, status: status)
                )
            }
        } else if let episode = check.episode() {
            // PLACE codes are checked once the file's year is settled (`checkPlacementCodes`): it may come
            // from the file's own dates, known only when every row is read.
            extract.episodes.append(
                EpisodeRow(
                    authority: authority, returnYear: source.returnYear, order: order,
                    episode: episode))
        }
        guard setsAsideInvalid, !check.problems.isEmpty else {
            return check.problems.map {
                var problem = $0; problem.canBeSetAside = true; return problem
            }
        }
        extract.setAside += check.problems.map { problem in
            SetAsideRow(
                authority: authority, returnYear: source.returnYear, file: problem.file, row: problem.row ?? record.row,
                field: problem.field, rule: problem.message, child: record[.child] ?? "",
                kind: table == .header ? .header : table == .uasc ? .uasc : .episode,
                start: table == .episodes ? record[.decom].map { Day(ssda903: $0)?.iso ?? $0 } : nil)
        }
        return []
    }

    /// Lists a file in the report.
    mutating func addFile(_ source: SSDA903Source, kind: String, rows: Int, bytes: [UInt8]) {
        if ["header", "episodes", "uasc", "xml"].contains(kind) { returnFilesRead += 1 }
        extract.report.files.append(
            .init(
                path: source.path, kind: kind, rows: rows, returnYear: source.returnYear,
                contentHash: hashesFiles ? Self.contentHash(bytes) : ""))
    }

    /// Notes that a file was read as Windows-1252, so the import report says so.
    mutating func noteWindows1252(_ source: SSDA903Source) {
        windows1252Files.append(source.path)
    }

    /// Appends what another builder read after what this one read, continuing the row numbering, so
    /// files read in parallel join into exactly the extract reading them one after another gives.
    mutating func append(_ other: SSDA903ExtractBuilder) {
        let offset = order
        extract.headers += other.extract.headers.map {
            var row = $0; row.order += offset; return row
        }
        extract.episodes += other.extract.episodes.map {
            var row = $0; row.order += offset; return row
        }
        extract.uasc += other.extract.uasc.map {
            var row = $0; row.order += offset; return row
        }
        extract.report.files += other.extract.report.files
        extract.setAside += other.extract.setAside
        warnings.add(other.warnings)
        windows1252Files += other.windows1252Files
        yearNotes += other.yearNotes
        order += other.order
        returnFilesRead += other.returnFilesRead
    }

    /// The authorities this builder's rows belong to, in order of first appearance. A file's rows nearly
    /// always share one authority, so only a change from the row before is looked up.
    var authorities: [AuthorityCode] {
        var found: [AuthorityCode] = []
        func note(_ authority: AuthorityCode) {
            if authority != found.last && !found.contains(authority) { found.append(authority) }
        }
        for row in extract.headers { note(row.authority) }
        for row in extract.episodes { note(row.authority) }
        for row in extract.uasc { note(row.authority) }
        return found
    }

    /// Gives every row and file this builder read without a return year the year `year`, noting why in the
    /// report's warnings. A builder holds one file until builders are joined, so it stamps that file.
    mutating func stamp(returnYear year: Int, note: String) {
        for i in extract.headers.indices where extract.headers[i].returnYear == nil {
            extract.headers[i].returnYear = year
        }
        for i in extract.episodes.indices where extract.episodes[i].returnYear == nil {
            extract.episodes[i].returnYear = year
        }
        for i in extract.uasc.indices where extract.uasc[i].returnYear == nil {
            extract.uasc[i].returnYear = year
        }
        for i in extract.setAside.indices where extract.setAside[i].returnYear == nil {
            extract.setAside[i].returnYear = year
        }
        for i in extract.report.files.indices where extract.report.files[i].returnYear == nil {
            extract.report.files[i].returnYear = year
        }
        yearNotes.append(note)
    }

    /// Counts the episodes whose PLACE code DfE did not accept in the year of the return they came in.
    /// Called once per file, after its year is settled, so the check and the rows use the same year.
    mutating func checkPlacementCodes() {
        for row in extract.episodes { warnings.check(row.episode, returnYear: row.returnYear) }
    }

    /// The files this builder read, as the report lists them.
    var files: [ImportReport.SourceFile] { extract.report.files }

    /// The episode rows this builder read, valid ones only (set-aside rows are not among them).
    var episodeRows: [EpisodeRow] { extract.episodes }

    /// Header and episode rows of this builder read so far.
    var rowCounts: (headers: Int, episodes: Int) { (extract.headers.count, extract.episodes.count) }

    /// Appends this builder's rows of one authority to `part`, numbered after `offset` records read before
    /// (as `append(_:)` numbers them), so a part gathered file by file orders rows as the whole extract does.
    func appendRows(of authority: AuthorityCode, after offset: Int, to part: inout SSDA903Extract) {
        for row in extract.headers where row.authority == authority {
            var row = row
            row.order += offset
            part.headers.append(row)
        }
        for row in extract.episodes where row.authority == authority {
            var row = row
            row.order += offset
            part.episodes.append(row)
        }
        for row in extract.uasc where row.authority == authority {
            var row = row
            row.order += offset
            part.uasc.append(row)
        }
        part.setAside += extract.setAside.filter { $0.authority == authority }
    }

    /// The extract with its row counts and warnings filled in.
    func finished() -> SSDA903Extract {
        var result = extract
        result.report.headerRows = extract.headers.count
        result.report.episodeRows = extract.episodes.count
        // The years first: the placement-code warnings below are judged by them.
        result.report.warnings += yearNotes
        result.report.warnings += warnings.messages
        if !extract.setAside.isEmpty { result.report.warnings.append(Self.setAsideSummary(extract.setAside)) }
        result.report.warnings += windows1252Files.map {
            "\($0) was not UTF-8 and was read as Windows-1252 (what Excel's plain CSV is): check names with accents or £"
        }
        return result
    }

    /// FNV-1a, 64-bit, as 16 hex digits: cheap, and enough to recognise a file seen before.
    static func contentHash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
