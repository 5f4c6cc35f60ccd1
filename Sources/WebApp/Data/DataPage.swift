import CouncilTasks
import CareModel
import Forecasting
import Foundation
import Storage

/// The Data page: the upload form (for roles that may upload), the history of imports, the latest SSDA903
/// import's warnings, and the costs register's data-quality exceptions.
struct DataPage {
    /// One authority's register checked against its returns for the latest year its prices cover.
    struct RegisterExceptions: Sendable {
        var authority: AuthorityCode
        var year: FinancialYear
        var exceptions: [RegisterException]
    }

    static let historyShown = 20
    static let exceptionsShown = 100

    /// The form's starting values; `nil` when the role may not upload (the form is not shown).
    var upload: DataUpload?
    var csrfToken: String
    /// The latest "import" entries of the audit log, newest first.
    var history: [AuditEntry]
    var latestRun: ImportRun?
    var registers: [RegisterExceptions]

    /// Reads the history, the latest import run and every authority's register exceptions.
    static func load(store: HearthStore, upload: DataUpload?, csrfToken: String,
                     registers: [RegisterExceptions]) async throws -> DataPage {
        DataPage(upload: upload, csrfToken: csrfToken, history: try await store.audit.latest(historyShown, action: "import"),
                 latestRun: try await store.careRecords.importRuns().last, registers: registers)
    }

    /// Every authority's register checked against its returns, for the latest year its prices cover.
    static func registerExceptions(store: HearthStore) async throws -> [RegisterExceptions] {
        var registers: [RegisterExceptions] = []
        for authority in try await store.careRecords.authorities() {
            let costs = try await store.budget.costs(authority: authority)
            let (year, exceptions) = try await CostsImport.exceptions(store: store, authority: authority, costs: costs)
            if let year { registers.append(RegisterExceptions(authority: authority, year: year, exceptions: exceptions)) }
        }
        return registers
    }

    var page: HTMLPage {
        var body = "<h1>Data</h1>\n"
        if let upload {
            body += "<p class=\"lede\">Bring in SSDA903 returns, the placement costs register or the budget. "
                + "What you import shows on every page at once.</p>\n<h2>Upload files</h2>\n" + upload.form(csrfToken: csrfToken)
        } else {
            body += "<p class=\"lede\">What has been imported, and what in it needs a look.</p>\n"
        }
        body += historySection + warningsSection + exceptionsSection
        return HTMLPage(title: "Data", body: body)
    }

    var historySection: String {
        guard !history.isEmpty else { return "<h2>Import history</h2>\n<p>Nothing has been imported yet.</p>\n" }
        return "<h2>Import history</h2>\n" + HTMLTable(
            caption: history.count < Self.historyShown ? "Imports, newest first" : "The latest \(history.count) imports, newest first",
            head: ["When", "Who", "What"],
            rows: history.map { [Self.time($0.time), $0.username, $0.detail] }, firstColumnIsText: 3).html
    }

    var warningsSection: String {
        guard let run = latestRun, !run.report.warnings.isEmpty else { return "" }
        let items = run.report.warnings.map { "<li>\(escape($0))</li>" }.joined(separator: "\n")
        return "<h2>Warnings from SSDA903 import \(run.id)</h2>\n"
            + "<p>Imported, but worth a look (codes used outside the years they are valid for):</p>\n<ul>\n\(items)\n</ul>\n"
    }

    var exceptionsSection: String {
        var out = "<h2>Data-quality exceptions</h2>\n"
        guard !registers.isEmpty else { return out + "<p>No costs register has been imported yet.</p>\n" }
        for register in registers {
            let all = register.exceptions, shown = all.prefix(Self.exceptionsShown)
            guard !all.isEmpty else {
                out += "<p>Authority \(escape(register.authority)), \(register.year.label): every cost matches an SSDA903 "
                    + "placement, and every placement has a cost.</p>\n"
                continue
            }
            out += Self.exceptionTable(register, shown: Array(shown))
            if all.count > shown.count {
                out += "<p class=\"hint\">The first \(shown.count) of \(all.count.grouped) are shown; the budget monitor's "
                    + "data-quality download lists them all.</p>\n"
            }
        }
        return out
    }

    static func exceptionTable(_ register: RegisterExceptions, shown: [RegisterException]) -> String {
        var out = "<table>\n<caption>Authority \(escape(register.authority)), \(register.year.label): "
            + "\(register.exceptions.count.grouped) costs and placements that do not match</caption>\n"
            + "<thead><tr><th scope=\"col\">Child</th><th scope=\"col\">Placement start</th><th scope=\"col\">What is wrong</th></tr></thead>\n<tbody>\n"
        for exception in shown {
            // A child who is not in the returns has no record to link to.
            let id = escape(exception.child.child)
            let child = exception.problem == .childNotInReturn ? id : "<a href=\"\(ChildrenPage.link(exception.child))\">\(id)</a>"
            out += "<tr><th scope=\"row\">\(child)</th>"
                + "<td>\(exception.placementStart.long)</td><td>\(escape(exception.message))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// "4 June 2025, 14:03" in England's time.
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let day = Day(year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1) else { return "" }
        return "\(day.long), \(String(format: "%02d:%02d", p.hour ?? 0, p.minute ?? 0))"
    }
}
