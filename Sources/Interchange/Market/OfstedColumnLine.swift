/// Where the column line of Ofsted's provider-level file is, and the names of the columns Hearth reads.
///
/// Ofsted's file opens with lines of title and notes before its column line (three in the 2023-24 file), and
/// the number changes from one year's file to the next; so the column line is found by its columns among the
/// first lines rather than counted to, and a file whose lines have been moved up or down still reads.
struct OfstedColumnLine {
    static let urn = "URN", provisionType = "Provision type", localAuthority = "Local authority"
    static let sector = "Sector", places = "Places", owner = "Organisation which owns the provider"
    static let inspectionDate = "Inspection date"
    static let overallGrade = "Overall experiences and progress of children and young people"
    static let required = [urn, provisionType, localAuthority, sector, places, owner, inspectionDate, overallGrade]
    static let registrationDate = "Registration date", registrationStatus = "Registration status", name = "Name"
    /// Ofsted's own region first; the government office region when a file has only that.
    static let region = ["Ofsted region", "Government Office Region"]
    static let eventNumber = "Inspection event number"
    /// How many lines are searched for the column line: enough for a few more title lines than Ofsted writes,
    /// few enough that a file of some other kind is refused at once.
    static let searchedLines = 10

    /// The byte the column line starts at.
    let start: Int
    /// The lines before it, which the row numbers of a table read from `start` are moved on by, so problems
    /// name the row a spreadsheet shows.
    let linesBefore: Int

    /// The first of the first `searchedLines` lines that has every required column. Otherwise the line that has
    /// most of them gives one problem per column it lacks; a file with none of them is not Ofsted's file.
    static func find(in bytes: [UInt8], file: String) throws(FileReadFailure) -> OfstedColumnLine {
        var best: (line: Int, missing: [String])?
        for (line, range) in lines(bytes, count: searchedLines).enumerated() {
            let columns = ColumnIndex(CSVTable(bytes: Array(bytes[range])).columns)
            let missing = required.filter { !columns.contains($0) }
            if missing.isEmpty { return OfstedColumnLine(start: range.lowerBound, linesBefore: line) }
            if missing.count < (best?.missing.count ?? required.count) { best = (line, missing) }
        }
        let needs = "Ofsted's provider-level file needs the columns " + required.joined(separator: ", ")
        guard let best else {
            let message =
                "is not Ofsted's provider-level file: none of its first \(searchedLines) lines "
                + "has the columns; " + needs
            throw FileReadFailure(problems: [FileProblem(file: file, message: message)])
        }
        throw FileReadFailure(
            problems: best.missing.map {
                FileProblem(file: file, row: best.line + 1, field: $0, message: "column is missing; " + needs)
            })
    }

    /// The byte ranges of the first `count` lines, each with its line ending; a line break inside a quoted field
    /// does not end a line, as it does not end a row in `CSVTable`.
    static func lines(_ bytes: [UInt8], count: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0, index = 0, quoted = false
        while index < bytes.count, lines.count < count {
            let byte = bytes[index]
            index += 1
            if byte == CSVTable.quote { quoted.toggle() }
            guard !quoted, byte == CSVTable.cr || byte == CSVTable.lf else { continue }
            if byte == CSVTable.cr, index < bytes.count, bytes[index] == CSVTable.lf { index += 1 }
            lines.append(start..<index)
            start = index
        }
        if lines.count < count, start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }
}
