import CareModel
import Foundation

/// Reads Ofsted's provider-level data for children's social care ("Children's social care data in England —
/// provider level", one CSV a year under the Open Government Licence): every provider inspected in the year,
/// as its latest inspection left it.
///
/// The file has one row per inspection, so a provider inspected twice has two rows; the row with the latest
/// `Inspection date` is kept, then the highest `Inspection event number` when two share a day (then the later
/// row). Its grade is the latest graded row's: assurance and monitoring visits are not graded and leave the
/// last judgement standing (see `OfstedProvider.overallGrade`).
///
/// The column line is found by its columns among the first 10 lines, after Ofsted's title lines (see
/// `OfstedColumnLine`), and needs the columns URN, Provision type, Local authority, Sector, Places,
/// Organisation which owns the provider, Inspection date and Overall experiences and progress of children and
/// young people (in any case; the trailing blank columns and all others are ignored). Registration date,
/// Registration status, Name, Ofsted region and Inspection event number are read when given.
///
/// Dates are DD/MM/YYYY; "NULL" reads as blank; a name "REDACTED" (every children's home's) as no name. Any
/// problem — a missing column, a blank URN, a date, number of places or grade that does not read — is reported
/// with the row a spreadsheet shows and the column, and then nothing is returned.
public struct OfstedProviderReader: Sendable {
    /// The largest file read: a year's file is under 2 MB, so 64 MB leaves room for files of many years
    /// together while refusing, before reading it, a file that is plainly something else.
    public static let maximumBytes = 64 << 20
    /// The most inspection rows read: 4,160 in 2023-24; the same room as `maximumBytes`.
    public static let maximumRows = 100_000

    public init() {}

    /// Reads the file at `path`; problems name it.
    public func read(path: String) throws(FileReadFailure) -> [OfstedProvider] {
        if let size = Self.size(of: path), size > Self.maximumBytes { throw Self.tooLarge(file: path, bytes: size) }
        switch FileBytes.read(path) {
        case .failure(let problem): throw FileReadFailure(problems: [problem])
        case .success(let bytes): return try read(bytes: bytes, file: path)
        }
    }

    /// Reads CSV bytes; `file` names the source in problems. Providers come sorted by URN, one each.
    public func read(bytes: [UInt8], file: String) throws(FileReadFailure) -> [OfstedProvider] {
        guard bytes.count <= Self.maximumBytes else { throw Self.tooLarge(file: file, bytes: bytes.count) }
        guard !Self.isBlank(bytes) else {
            throw FileReadFailure(problems: [FileProblem(file: file, message: "file is empty")])
        }
        let line = try OfstedColumnLine.find(in: bytes, file: file)
        let table = CSVTable(bytes: Array(bytes[line.start...]))
        guard table.count <= Self.maximumRows else {
            let message = "has \(table.count.grouped) rows; Ofsted's file has at most \(Self.maximumRows.grouped)"
            throw FileReadFailure(problems: [FileProblem(file: file, message: message)])
        }
        let (providers, problems) = Self.latestInspections(table, file: file)
        guard problems.isEmpty else {
            throw FileReadFailure(problems: Self.moved(problems, by: line.linesBefore).sortedByRow())
        }
        return providers.sorted { $0.urn < $1.urn }
    }

    /// Every row read, keeping each provider's latest inspection with the grade of its latest graded one, with
    /// every problem found.
    static func latestInspections(_ table: CSVTable, file: String)
        -> (providers: [OfstedProvider], problems: [FileProblem])
    {
        let columns = ColumnIndex(table.columns)
        var latest: [String: OfstedInspectionRow] = [:], graded: [String: OfstedInspectionRow] = [:]
        var problems = table.fileProblems(file: file)
        for index in 0..<table.count {
            var reader = TableRowReader(table: table, columns: columns, file: file, index: index)
            if let row = OfstedInspectionRow.read(&reader) {
                keepLater(row, in: &latest)
                if row.provider.overallGrade != nil { keepLater(row, in: &graded) }
            }
            problems += reader.problems
        }
        let providers = latest.values.map { row in
            var provider = row.provider
            provider.overallGrade = graded[provider.urn]?.provider.overallGrade
            provider.gradedOn = graded[provider.urn]?.provider.gradedOn
            return provider
        }
        return (providers, problems)
    }

    /// Puts `row` in `rows` unless an inspection of the same provider there is later.
    static func keepLater(_ row: OfstedInspectionRow, in rows: inout [String: OfstedInspectionRow]) {
        let urn = row.provider.urn
        if rows[urn].map({ row.isAtLeastAsLate(as: $0) }) ?? true { rows[urn] = row }
    }

    /// Problems numbered from the column line, moved on by the title lines before it.
    static func moved(_ problems: [FileProblem], by lines: Int) -> [FileProblem] {
        problems.map { problem in
            var moved = problem
            moved.row = problem.row.map { $0 + lines }
            return moved
        }
    }

    /// Whether the file holds nothing but white space (and perhaps a byte-order mark).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = bytes.starts(with: bom) ? bytes.dropFirst(3) : bytes[...]
        return text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The file's size in bytes, told without reading it, so an oversized file is refused before it fills memory;
    /// `nil` when it cannot be opened (`FileBytes` then says why).
    static func size(of path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.seekToEnd()).map { Int(clamping: $0) }
    }

    static func tooLarge(file: String, bytes: Int) -> FileReadFailure {
        let megabytes = maximumBytes >> 20
        let message = "is \((bytes >> 20).grouped) MB; Ofsted's file is read up to \(megabytes) MB"
        return FileReadFailure(problems: [FileProblem(file: file, message: message)])
    }
}
