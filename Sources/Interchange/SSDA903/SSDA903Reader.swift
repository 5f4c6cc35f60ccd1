import CareModel
import Foundation

/// Reads SSDA903 returns — the Header and Episodes CSV files, or the XML form — from files and
/// folders, and validates every row. Nothing is merged or stored here: see `HistoryMerge`.
///
/// Each row's authority is its `LA` column when there is one, else the nearest folder named like a
/// DfE LA code ("879" or "E10000002"), else `defaultAuthority`. Its return year is a four-digit
/// year in the file name or a folder name ("2017-episodes.csv", ".../2025/header.csv"), meaning
/// the year the return ends (2025 is 2024-25). A file with no year there is taken as the return that
/// holds its latest episode date, and a Header file as the return of the Episodes files read with it; the
/// report's warnings say so (`SSDA903ExtractBuilder.settleReturnYear`).
public struct SSDA903Reader: Sendable {
    public var defaultAuthority: AuthorityCode
    /// How deep elements of an XML return may nest: an SSDA903 return nests about five deep, so the default
    /// is far above any real one, and a hostile file cannot build a tree deep enough to matter.
    public var maximumXMLDepth = MarkupParser.defaultMaximumDepth
    /// Set aside each row that breaks a rule (a bad date, an unknown code, an episode ending before it
    /// starts) and read the rest, instead of refusing every file for it. A problem with a whole file — a
    /// missing column, a file of the wrong kind, a row the CSV cannot be split into, broken XML — still
    /// refuses the import: setting such a file aside row by row would lose rows silently.
    public var setsAsideInvalid = false
    /// The day the files are read. An episode date after it cannot be in a return already made, so it does
    /// not count when a file's year is told from its dates. Today in England unless set (tests fix it).
    public var today = SSDA903Reader.todayInEngland()
    /// The return year of sent files (`read(contents:)`) whose names give none, as the sender chose it after
    /// seeing the year told from the dates; `nil` tells it from the dates.
    public var sentReturnYear: Int?

    public init(defaultAuthority: AuthorityCode = "LA") {
        self.defaultAuthority = defaultAuthority
    }

    /// Reads files and folders (folders walked recursively for `*.csv` and `*.xml`, in sorted path
    /// order). Other 903 tables (UASC, reviews, …) are listed in the report as ignored, as are CSV
    /// files in a folder that are not 903 tables; a file named here that is not a 903 table is an error.
    ///
    /// - Throws: every problem in every file, in file and row order, when anything is wrong.
    public func read(paths: [String]) throws(SSDA903ReadFailure) -> SSDA903Extract {
        var builder = SSDA903ExtractBuilder(defaultAuthority: defaultAuthority, setsAsideInvalid: setsAsideInvalid)
        for part in try readFiles(paths: paths, hashing: true) { builder.append(part) }
        return builder.finished()
    }

    /// Every file read on its own builder, in file order, with its return year settled; throws every problem
    /// of every file, or when no Header, Episodes or XML return was found. `hashing`: fingerprint files for
    /// the import report.
    func readFiles(paths: [String], hashing: Bool) throws(SSDA903ReadFailure) -> [SSDA903ExtractBuilder] {
        var problems: [FileProblem] = [], builders: [SSDA903ExtractBuilder] = []
        let found = SSDA903Source.discover(paths)
        let perFile = readInParallel(found, hashing: hashing)
        for (item, result) in zip(found, perFile) {
            switch item {
            case .problem(let problem): problems.append(problem)
            case .file: problems += result.problems; builders.append(result.builder)
            }
        }
        if problems.isEmpty, builders.allSatisfy({ $0.returnFilesRead == 0 }) {
            problems.append(
                FileProblem(
                    file: paths.isEmpty ? "(no files given)" : paths.joined(separator: ", "),
                    message: "no SSDA903 Header, Episodes or XML return found"))
        }
        guard problems.isEmpty else { throw SSDA903ReadFailure(problems: problems) }
        SSDA903ExtractBuilder.settleHeaderYears(&builders, sent: false)
        return builders
    }

    /// Reads every file on its own builder, spread over the processor's cores (files are independent;
    /// `read(paths:)` joins the results in file order, so the outcome is the same as reading in turn).
    private func readInParallel(
        _ found: [SSDA903Source.Found],
        hashing: Bool
    ) -> [(builder: SSDA903ExtractBuilder, problems: [FileProblem])] {
        let results = ResultSlots<(builder: SSDA903ExtractBuilder, problems: [FileProblem])>(count: found.count)
        DispatchQueue.concurrentPerform(iterations: found.count) { i in
            var builder = SSDA903ExtractBuilder(
                defaultAuthority: defaultAuthority, hashesFiles: hashing, setsAsideInvalid: setsAsideInvalid)
            var problems: [FileProblem] = []
            if case .file(let source) = found[i] {
                problems = read(source, into: &builder)
                builder.settleReturnYear(of: source, today: today)
            }
            results.set(i, (builder, problems))
        }
        return results.values(
            default: (
                SSDA903ExtractBuilder(
                    defaultAuthority: defaultAuthority, hashesFiles: hashing, setsAsideInvalid: setsAsideInvalid), []
            ))
    }

    private func read(_ source: SSDA903Source, into builder: inout SSDA903ExtractBuilder) -> [FileProblem] {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            return [FileProblem(file: source.path, message: "cannot be read")]
        }
        return read(Array(data), from: source, into: &builder)
    }

    /// Reads one file's bytes; returns its problems in row order.
    func read(
        _ bytes: [UInt8], from source: SSDA903Source,
        into builder: inout SSDA903ExtractBuilder
    ) -> [FileProblem] {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return [FileProblem(file: source.path, message: "file is empty")]
        }
        let problems =
            source.isXML
            ? readXML(bytes, from: source, into: &builder)
            : readCSV(bytes, from: source, into: &builder)
        // Row order, keeping the order found within a row (fields left to right).
        return problems.enumerated()
            .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }
            .map(\.element)
    }

    /// Today's date in England (Europe/London), whatever the machine's own time zone.
    static func todayInEngland() -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
    }
}
