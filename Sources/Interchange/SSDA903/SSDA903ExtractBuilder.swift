import CareModel

/// Collects validated rows into an extract as files are read, numbering rows in reading order and
/// counting the warnings that do not stop an import.
struct SSDA903ExtractBuilder {
    let defaultAuthority: AuthorityCode
    private var extract = SSDA903Extract()
    private var warnings = PlacementCodeWarnings()
    private var order = 0
    /// Header, Episodes and XML files read, so an import of nothing but ignored files can be refused.
    private(set) var returnFilesRead = 0

    init(defaultAuthority: AuthorityCode) {
        self.defaultAuthority = defaultAuthority
    }

    /// Validates a record of a Header or Episodes table and keeps it; returns its problems.
    mutating func add(_ record: SSDA903Record, as table: SSDA903Table, from source: SSDA903Source) -> [FileProblem] {
        var check = SSDA903RecordCheck(file: source.path, record: record)
        // A row's own LA column wins, then the folder it sits in, then the import's default.
        let authority = record[.la] ?? source.folderAuthority ?? defaultAuthority
        order += 1
        if table == .header {
            if let child = check.child() {
                extract.headers.append(HeaderRow(authority: authority, returnYear: source.returnYear, order: order,
                                                 child: child))
            }
        } else if let episode = check.episode() {
            warnings.check(episode, returnYear: source.returnYear)
            extract.episodes.append(EpisodeRow(authority: authority, returnYear: source.returnYear, order: order,
                                               episode: episode))
        }
        return check.problems
    }

    /// Lists a file in the report.
    mutating func addFile(_ source: SSDA903Source, kind: String, rows: Int, bytes: [UInt8]) {
        if kind == "header" || kind == "episodes" || kind == "xml" { returnFilesRead += 1 }
        extract.report.files.append(.init(path: source.path, kind: kind, rows: rows, returnYear: source.returnYear,
                                          contentHash: Self.contentHash(bytes)))
    }

    /// Appends what another builder read after what this one read, continuing the row numbering, so
    /// files read in parallel join into exactly the extract reading them one after another gives.
    mutating func append(_ other: SSDA903ExtractBuilder) {
        let offset = order
        extract.headers += other.extract.headers.map { var row = $0; row.order += offset; return row }
        extract.episodes += other.extract.episodes.map { var row = $0; row.order += offset; return row }
        extract.report.files += other.extract.report.files
        warnings.add(other.warnings)
        order += other.order
        returnFilesRead += other.returnFilesRead
    }

    /// The extract with its row counts and warnings filled in.
    func finished() -> SSDA903Extract {
        var result = extract
        result.report.headerRows = extract.headers.count
        result.report.episodeRows = extract.episodes.count
        result.report.warnings += warnings.messages
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
