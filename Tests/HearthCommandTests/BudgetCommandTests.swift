import Foundation
import Testing

/// The monthly budget monitor as finance run it: generate an authority, import its returns, costs
/// register and budget, close November, then read December's monitor in every format.
@Suite("hearth budget: the monthly monitor, end to end", .serialized)
struct BudgetCommandTests {
    static let monitorHeader =
        "Line,Estimated no.,Budget,P8 forecast,Actual no. P9,P9 forecast,Variance to P8,"
        + "Variance to budget,Average weekly unit cost,Unit cost change"
    static let standardLines = [
        "External Residential", "Unregistered", "External Fostering (IFA)", "In-House Foster Care",
        "In-House Connected Carers", "External Supported Living", "Other Placement Settings",
    ]

    @Test func monitorHasTheSeedTablesShapeAndArithmetic() throws {
        let work = try Workspace()
        let db = try work.importedAuthority()
        try work.hearth(["budget", "close", "--period", "2024-11", "--db", db]).expectSuccess()
        let monitor = try work.budget(db, ["--format", "csv"])
        monitor.expectSuccess()
        #expect(monitor.out.split(whereSeparator: \.isNewline).first.map(String.init) == Self.monitorHeader)
        let rows = Array(CSVRecords.parse(monitor.out).dropFirst())
        #expect(rows.map { $0[0] } == Self.standardLines + ["Total"])
        let money = try rows.map { row in try (1...7).map { try #require(pence(row[$0]), "\(row)") } }
        for (name, m) in zip(rows.map { $0[0] }, money) {
            // Columns 1...7: estimated no., budget, P8 forecast, actual no., P9 forecast, variance to P8, to budget.
            #expect(m[5] == m[4] - m[2], "variance to P8 on \(name)")
            #expect(m[6] == m[4] - m[1], "variance to budget on \(name)")
        }
        for column in 0..<7 {
            #expect(money[7][column] == money[..<7].reduce(0) { $0 + $1[column] }, "Total of \(column + 1)")
        }
        // Budget and estimated numbers are the budget file's: 50 + 6 + 155 + 211 + 80 + 57 + 57 = 616 children.
        #expect(money[7][0] == 616_00)
        let budgetFile = CSVRecords.parse(try String(contentsOfFile: work.path("gen/990/budget.csv"), encoding: .utf8))
        #expect(budgetFile.dropFirst().map { $0[1...3] } == rows.prefix(7).map { $0[0...2] })

        // The make-up: actual + committed + allowance = forecast, and the same forecast as the monitor's.
        let makeUp = try work.budgetCSV(db, ["--view", "make-up"])
        #expect(
            makeUp[0] == [
                "Line", "Actual to 31 December 2024", "Committed to 31 March",
                "Allowance for new placements", "Forecast",
            ])
        for row in makeUp.dropFirst() {
            let m = try (1...4).map { try #require(pence(row[$0])) }
            #expect(m[0] + m[1] + m[2] == m[3], "make-up of \(row[0])")
        }
        #expect(makeUp.dropFirst().map { [$0[0], $0[4]] } == rows.map { [$0[0], $0[5]] })
    }

    @Test func closingFreezesWhatWasReported() throws {
        let work = try Workspace()
        let db = try work.importedAuthority()
        try work.hearth(["budget", "close", "--period", "2024-11", "--db", db]).expectSuccess()
        let before = try work.budgetCSV(db, [])
        let line = try work.raiseOneOpenPlacementsPrice(db: db, into: work.path("uplift.csv"))
        try work.hearth(["import", "costs", work.path("uplift.csv"), "--db", db]).expectSuccess()
        let after = try work.budgetCSV(db, [])

        // +£70.00 a week = £10 a day over all 365 days of 2024-25 (1 April 2024 to 31 March 2025): £3,650.00.
        let uplift = 3_650_00
        #expect(after.map { $0[3] } == before.map { $0[3] }, "the P8 forecast column is the one frozen at closing")
        for (b, a) in zip(before.dropFirst(), after.dropFirst()) {
            let moved = a[0] == line || a[0] == "Total" ? uplift : 0
            #expect(pence(a[5])! - pence(b[5])! == moved, "P9 forecast of \(a[0])")
        }
        // Recomputing November now would include the new price: so the unchanged column really is frozen.
        let november = try work.budgetCSV(db, ["--period", "2024-11"])
        let frozen = try #require(before.first { $0[0] == line }?[3]),
            now = try #require(november.first { $0[0] == line }?[5])
        #expect(pence(now)! - pence(frozen)! == uplift)

        let bytes = try Self.databaseBytes(db)
        let again = try work.hearth(["budget", "close", "--period", "2024-11", "--db", db])
        #expect(again.status != 0)
        #expect(again.err.contains("P8 2024-25 (November 2024) is already closed"), "\(again.err)")
        #expect(try Self.databaseBytes(db) == bytes)
    }

    @Test(.enabled(if: LibreOffice.path != nil, "LibreOffice is not on the PATH (CI installs libreoffice-calc)"))
    func workbookOpensInLibreOfficeWithTheSameNumbersAsCSV() throws {
        let work = try Workspace()
        let db = try work.importedAuthority()
        try work.hearth(["budget", "close", "--period", "2024-11", "--db", db]).expectSuccess()
        try work.budget(db, ["--format", "xlsx", "--out", work.path("monitor.xlsx")]).expectSuccess()
        let sheets = try LibreOffice.sheetsAsCSV(work.path("monitor.xlsx"), in: work)
        let views = [
            "Monitor": "monitor", "Forecast make-up": "make-up", "Movements": "movements", "Placements": "placements",
            "High-cost": "high-cost", "Unregistered": "unregistered", "Data quality": "exceptions",
        ]
        #expect(Set(sheets.keys) == Set(views.keys))
        for (sheet, view) in views {
            let want = try work.budgetCSV(db, ["--view", view]), got = sheets[sheet] ?? []
            #expect(got.count == want.count, "rows of \(sheet)")
            for (r, (g, w)) in zip(got, want).enumerated() where !Self.sameCells(g, w) {
                Issue.record("\(sheet) row \(r + 1): LibreOffice read \(g), CSV has \(w)")
            }
        }
    }

    @Test func badCostAndBudgetFilesAreRejectedWithEveryProblemAndNothingStored() throws {
        let work = try Workspace()
        let db = try work.importedAuthority()
        let bytes = try Self.databaseBytes(db)

        try work.editCopy(
            of: "gen/990/placement-costs.csv", to: "bad-costs.csv",
            edits: [
                (2, "effective_from", "2023-02-30"), (4, "place", "Q9"), (6, "weekly_cost", "lots"),
            ])
        let costs = try work.hearth(["import", "costs", work.path("bad-costs.csv"), "--db", db])
        #expect(costs.status == 1)
        for problem in [
            "bad-costs.csv:2: effective_from", "bad-costs.csv:4: place", "bad-costs.csv:6: weekly_cost",
            "3 problems found. Nothing was imported",
        ] {
            #expect(costs.err.contains(problem), "\(problem) in \(costs.err)")
        }
        #expect(try Self.databaseBytes(db) == bytes)

        try work.editCopy(
            of: "gen/990/budget.csv", to: "bad-budget.csv",
            edits: [
                (3, "line", "Agency Residential"), (5, "budget", "5.7m"),
            ])
        let budget = try work.hearth(["import", "budget", work.path("bad-budget.csv"), "--db", db])
        #expect(budget.status == 1)
        for problem in ["bad-budget.csv:3: line", "bad-budget.csv:5: budget", "2 problems found. Nothing was imported"]
        {
            #expect(budget.err.contains(problem), "\(problem) in \(budget.err)")
        }
        #expect(try Self.databaseBytes(db) == bytes)
    }

    @Test func jsonTableAndWorkbookFormats() throws {
        let work = try Workspace()
        let db = try work.importedAuthority()
        let json = try work.budget(db, ["--format", "json"])
        json.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(
            Set(["table", "forecast", "movements", "highCost", "unregistered", "exceptions"]).isSubset(
                of: document.keys))

        let table = try work.budget(db, [])
        table.expectSuccess()
        #expect(table.out.contains("Placement budget monitor: P9 2024-25"))

        try work.budget(db, ["--format", "xlsx", "--out", work.path("monitor.xlsx")]).expectSuccess()
        let zip = try Data(contentsOf: URL(fileURLWithPath: work.path("monitor.xlsx")))
        #expect(zip.prefix(4) == Data("PK\u{3}\u{4}".utf8))

        // --out writes exactly what the screen would show.
        try work.budget(db, ["--format", "csv", "--out", work.path("monitor.csv")]).expectSuccess()
        let onScreen = try work.budget(db, ["--format", "csv"]).out
        #expect(try String(contentsOfFile: work.path("monitor.csv"), encoding: .utf8) == onScreen)
    }

    @Test func periodAndAllowanceOptions() throws {
        let work = try Workspace()
        let db = try work.importedAuthority()
        let badMonth = try work.budget(db, ["--period", "2024-13"])
        #expect(badMonth.status != 0)
        #expect(badMonth.err.contains("--period"), "\(badMonth.err)")
        let badAllowance = try work.budget(db, ["--allowance", "recent-0"])
        #expect(badAllowance.status != 0)
        #expect(badAllowance.err.contains("--allowance"), "\(badAllowance.err)")

        let none = try work.budgetCSV(db, ["--view", "make-up", "--allowance", "none"]).dropFirst()
        let recent = try work.budgetCSV(db, ["--view", "make-up", "--allowance", "recent-6"]).dropFirst()
        // Only the allowance differs: actual and committed come from the register whatever the allowance.
        #expect(none.map { $0[0...2] } == recent.map { $0[0...2] })
        #expect(none.allSatisfy { $0[3] == "0.00" })
        for row in recent {
            #expect(pence(row[1])! + pence(row[2])! + pence(row[3])! == pence(row[4])!, "make-up of \(row[0])")
        }
        #expect(zip(none, recent).contains { $0[4] != $1[4] }, "recent-6 moves at least one line's forecast")
    }

    /// The SQLite file and any write-ahead log, read after the command has exited.
    static func databaseBytes(_ db: String) throws -> [Data] {
        try [db, db + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }
            .map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    }

    /// Cells agree when both are the same amount (LibreOffice may write "£1,234.5" for "1234.50") or the same text.
    static func sameCells(_ got: [String], _ want: [String]) -> Bool {
        got.count == want.count
            && zip(got, want).allSatisfy { g, w in
                if let a = pence(g), let b = pence(w) { return a == b }
                return g == w
            }
    }
}

fileprivate extension Workspace {
    /// Generates authority 990 (seed 7, two years) and imports its returns, costs register and budget.
    func importedAuthority() throws -> String {
        let db = path("hearth.sqlite"), authority = path("gen/990")
        try hearth(["generate", "--out", path("gen"), "--seed", "7", "--years", "2"]).expectSuccess()
        try hearth(["import", "ssda903", path("gen"), "--db", db]).expectSuccess()
        try hearth(["import", "costs", "\(authority)/placement-costs.csv", "--db", db]).expectSuccess()
        try hearth(["import", "budget", "\(authority)/budget.csv", "--db", db]).expectSuccess()
        return db
    }

    /// `hearth budget` for December 2024 unless `arguments` give another --period.
    func budget(_ db: String, _ arguments: [String]) throws -> Result {
        let period = arguments.contains("--period") ? [] : ["--period", "2024-12"]
        return try hearth(["budget"] + period + arguments + ["--db", db])
    }

    /// A view of the monitor as CSV records, the column names first.
    func budgetCSV(_ db: String, _ arguments: [String]) throws -> [[String]] {
        let result = try budget(db, arguments + ["--format", "csv"])
        result.expectSuccess()
        return CSVRecords.parse(result.out)
    }

    /// Copies a generated CSV file with some fields replaced: (row as a spreadsheet numbers it, column, value).
    func editCopy(of name: String, to copy: String, edits: [(row: Int, column: String, value: String)]) throws {
        var records = CSVRecords.parse(try String(contentsOfFile: path(name), encoding: .utf8))
        for edit in edits {
            let column = try #require(records[0].firstIndex(of: edit.column), "\(name) has no \(edit.column)")
            records[edit.row - 1][column] = edit.value
        }
        try CSVRecords.text(records).write(toFile: path(copy), atomically: true, encoding: .utf8)
    }

    /// Writes a copy of the generated costs with £70 a week more on the latest price of one placement that
    /// runs at that price through the whole of 2024-25, and returns its budget line.
    func raiseOneOpenPlacementsPrice(db: String, into copy: String) throws -> String {
        var records = CSVRecords.parse(try String(contentsOfFile: path("gen/990/placement-costs.csv"), encoding: .utf8))
        let column = Dictionary(records[0].enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let (child, start, end, from, weekly) = (
            column["child"]!, column["placement_start"]!, column["placement_end"]!,
            column["effective_from"]!, column["weekly_cost"]!
        )
        let rowsOf = Dictionary(grouping: records.indices.dropFirst()) { records[$0][child] + "," + records[$0][start] }
        // Open on 31 December with spend committed to 31 March, and started before 1 April 2024.
        let open = try budgetCSV(db, ["--view", "placements"])
            .filter { $0[3] == "yes" && $0[7] == "2025-03-31" && $0[2] < "2024-04-01" }
        let chosen = try #require(
            open.first { p in
                let rows = rowsOf[p[1] + "," + p[2]] ?? []
                return !rows.isEmpty
                    && rows.allSatisfy { records[$0][end].isEmpty && records[$0][from] <= "2024-04-01" }
            }, "no placement at one price all year")
        let latest = rowsOf[chosen[1] + "," + chosen[2]]!.max { records[$0][from] < records[$1][from] }!
        let raised = pence(records[latest][weekly])! + 70_00
        records[latest][weekly] = "\(raised / 100)." + String(format: "%02d", raised % 100)
        try CSVRecords.text(records).write(toFile: copy, atomically: true, encoding: .utf8)
        return chosen[0]
    }
}

/// LibreOffice headless, the acceptance test's independent reader of the workbook.
fileprivate enum LibreOffice {
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { "\($0)/libreoffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Every sheet of `workbook` as LibreOffice reads it, by sheet name (filter option 12 = -1: all sheets).
    static func sheetsAsCSV(_ workbook: String, in work: Workspace) throws -> [String: [[String]]] {
        let out = work.path("libreoffice")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = [
            "--headless", "-env:UserInstallation=file://\(work.path("libreoffice-profile"))",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", out, workbook,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Each sheet is written as <workbook>-<sheet>.csv.
        let base = URL(fileURLWithPath: workbook).deletingPathExtension().lastPathComponent + "-"
        var sheets: [String: [[String]]] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        for file in files where file.hasPrefix(base) && file.hasSuffix(".csv") {
            let name = String(file.dropFirst(base.count).dropLast(4))
            sheets[name] = CSVRecords.parse(try String(contentsOfFile: "\(out)/\(file)", encoding: .utf8))
        }
        return sheets
    }
}

/// RFC 4180 records: fields separated by commas, quoted when they hold a comma, quote or line break.
fileprivate enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c != "\"" {
                    field.append(c)
                } else if characters.first == "\"" {
                    field.append(characters.removeFirst())  // "" is one quote
                } else {
                    quoted = false
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                records.append(record + [field]); (record, field) = ([], "")
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }

    static func text(_ records: [[String]]) -> String {
        records.map { record in
            record.map { field in
                field.contains { ",\"\n\r".contains($0) }
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }
}

/// An amount in pence from "1234.56", "-1234.5", "£1,234.56", "-£0.11" or "(£0.11)"; `nil` for anything else.
fileprivate func pence(_ text: String) -> Int? {
    var t = text.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
    var sign = 1
    if t.hasPrefix("("), t.hasSuffix(")") { sign = -1; t = String(t.dropFirst().dropLast()) }
    if t.hasPrefix("-") { sign = -sign; t.removeFirst() }
    let parts = t.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII),
        parts[0].allSatisfy(\.isNumber),
        let whole = Int(parts[0])
    else { return nil }
    let fraction = parts.count == 2 ? String(parts[1]) : ""
    guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return sign * (whole * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0))
}
