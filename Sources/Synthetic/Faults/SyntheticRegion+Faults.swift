import Interchange

/// `hearth generate --inject-errors N`: the returns with N realistic faults in them, and a truth file per
/// authority listing each, so a test or a demonstration can check that every fault is caught.
extension SyntheticRegion {
    /// How many faults may be asked for.
    public static let injectedErrorRange = 0...10_000

    /// The truth file in each authority's folder.
    public static let injectedErrorsFile = "injected-errors.csv"

    /// Checks the number of faults before anything is generated, so a bad option is an error message.
    public static func validate(injectedErrors count: Int) throws(SyntheticError) {
        guard injectedErrorRange.contains(count) else { throw .injectedErrorsOutOfRange(count) }
    }

    /// `files()` with `count` faults in the yearly returns (see `FaultKind`; `FaultPlanner` says how they
    /// are spread) and `<code>/injected-errors.csv` for each authority. With 0 it is exactly `files()`.
    /// Only return files change: `expected-stock.csv` and the other tables stay those of the clean data.
    ///
    /// - Throws: `injectedErrorsOutOfRange` outside 0...10,000; `tooManyInjectedErrors` when the returns
    ///   have too few rows (each fault takes a row of its own), saying how many fit.
    public func files(injectingErrors count: Int) throws(SyntheticError) -> [(path: String, text: String)] {
        try Self.validate(injectedErrors: count)
        var files = self.files()
        guard count > 0 else { return files }
        var planner = FaultPlanner(region: self)
        let edits = try planner.plan(count)
        var faults: [InjectedFault] = []
        for i in files.indices {
            if let fileEdits = edits[files[i].path] {
                let faulted = FaultedFile.apply(fileEdits, to: files[i].text, path: files[i].path)
                files[i].text = faulted.text
                faults += faulted.faults
            } else if files[i].path == "README.txt" {
                files[i].text += "\n" + readmeOnFaults(count)
            }
        }
        for authority in authorities {
            let mine = faults.filter { $0.file.hasPrefix("\(authority.code)/") }
            files.append((path: "\(authority.code)/\(Self.injectedErrorsFile)", text: Self.truthCSV(mine).text))
        }
        return files
    }

    /// Writes `files(injectingErrors:)` under `directory`, as `write(to:)` writes `files()`.
    public func write(to directory: String, injectingErrors count: Int) throws(SyntheticError) -> [String] {
        try SyntheticRegion.write(files(injectingErrors: count), to: directory)
    }

    /// One row per fault, by file, then row, then field.
    static func truthCSV(_ faults: [InjectedFault]) -> CSVWriter {
        var csv = CSVWriter(header: InjectedFault.csvColumns)
        for fault in faults.sorted(by: { ($0.file, $0.row, $0.field) < ($1.file, $1.row, $1.field) }) {
            csv.append(fault.csvFields)
        }
        return csv
    }

    /// The README's paragraph on the faults.
    func readmeOnFaults(_ count: Int) -> String {
        """
        Injected errors (--inject-errors \(count)): \(count) fault\(count == 1 ? " was" : "s were") put into the
        yearly returns on purpose. Each authority's \(Self.injectedErrorsFile) lists them: the file, the row
        as `hearth import ssda903` reports it (the column line is row 1), the field, the kind of fault, the
        child and a note saying what was changed. expected-stock.csv still counts the clean returns.

        """
    }
}
