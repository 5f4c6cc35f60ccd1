import CareModel

/// Reading returns handed over as bytes (files sent through the browser) rather than as paths.
extension SSDA903Reader {
    /// Reads files given by name and contents, with the same checks as `read(paths:)`. There are no
    /// folders, so a file's authority is its `LA` column, else `defaultAuthority`, and its return year a
    /// four-digit year in its name ("2024-episodes.csv"), else its latest episode date's (a Header file:
    /// its Episodes files' year), as the report's warnings say. A file that is not a 903 table is an error,
    /// as for a file named on the command line.
    ///
    /// - Throws: every problem in every file, in file and row order, when anything is wrong.
    public func read(contents files: [(name: String, bytes: [UInt8])]) throws(SSDA903ReadFailure) -> SSDA903Extract {
        var problems: [FileProblem] = []
        // One builder a file, as `read(paths:)` has, so each file's year is settled on its own rows.
        var builders: [SSDA903ExtractBuilder] = []
        for file in files {
            var source = SSDA903Source(sentName: file.name)
            if source.returnYear == nil { source.returnYear = sentReturnYear }
            var builder = SSDA903ExtractBuilder(defaultAuthority: defaultAuthority, setsAsideInvalid: setsAsideInvalid)
            problems += read(file.bytes, from: source, into: &builder)
            builder.settleReturnYear(of: source, today: today)
            builders.append(builder)
        }
        if problems.isEmpty, builders.allSatisfy({ $0.returnFilesRead == 0 }) {
            let names = files.map(\.name).joined(separator: ", ")
            problems.append(
                FileProblem(
                    file: names.isEmpty ? "(no files given)" : names,
                    message: "no SSDA903 Header, Episodes or XML return found"))
        }
        guard problems.isEmpty else { throw SSDA903ReadFailure(problems: problems) }
        SSDA903ExtractBuilder.settleHeaderYears(&builders, sent: true)
        var joined = SSDA903ExtractBuilder(defaultAuthority: defaultAuthority, setsAsideInvalid: setsAsideInvalid)
        for builder in builders { joined.append(builder) }
        return joined.finished()
    }
}

extension SSDA903Reader {
    /// Whether a sent file's name says its return year ("2025-episodes.csv"); when not, the year is told from
    /// its dates and the sender is asked to check it.
    public static func sentNameGivesYear(_ name: String) -> Bool {
        SSDA903Source(sentName: name).returnYear != nil
    }
}

extension SSDA903Source {
    /// A file known only by the name its sender gave it. The name is not a path on this machine: it is
    /// not resolved against the working folder, whose names must not say anything about the file.
    init(sentName name: String) {
        self.path = name
        self.isExplicit = true
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        self.returnYear = Self.returnYear(in: stem.isEmpty ? name : stem)
        self.folderAuthority = nil
        self.isSent = true
    }
}
