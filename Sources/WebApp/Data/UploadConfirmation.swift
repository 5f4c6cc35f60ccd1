import CouncilTasks
import CareModel
import Storage

/// The page after a successful upload: what was imported and what it changed, with the register's
/// data-quality exceptions after a costs import, and links to the pages that now show it.
enum UploadConfirmation {
    case returns(SSDA903Import.Outcome)
    case costs([CostsImport.Saved])
    case budget([BudgetImport.Saved])

    /// Pages to go on to, each shown only to roles the route × role matrix lets in.
    static let next = [("/", "See the overview"), ("/children", "See the children in care"),
                       ("/budget", "Open the budget monitor"), ("/data", "Import more files")]

    func page(for role: Role?) -> HTMLPage {
        let (heading, body) = content
        let links = Self.next.filter { RouteAccess.rule(method: .get, path: $0.0)?.audience.allows(role) == true }
            .map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" }.joined(separator: "\n")
        return HTMLPage(title: heading, body: """
            <div class="confirmation" role="status"><h1>\(escape(heading))</h1></div>
            \(body)<h2>What next</h2>
            <ul>
            \(links)
            </ul>
            """)
    }

    var content: (String, String) {
        switch self {
        case .returns(.imported(let id, let report)): ("Returns imported", "<p>Saved as import \(id).</p>\n" + Self.report(report))
        case .returns(.unchanged(let report)):
            ("Nothing new to import", "<p>Hearth already holds everything in these files: nothing was changed.</p>\n" + Self.report(report))
        case .costs(let saved): ("Costs register imported", saved.map(Self.register).joined())
        case .budget(let saved): ("Budget imported", Self.budgets(saved))
        }
    }

    /// The SSDA903 import report: files, rows, children and every cleaning rule applied.
    static func report(_ report: ImportReport) -> String {
        var out = HTMLTable(caption: "Files read", head: ["File", "Kind", "Return year", "Rows"],
                            rows: report.files.map { [$0.path, $0.kind, $0.returnYear.map(String.init) ?? "–", $0.rows.grouped] },
                            firstColumnIsText: 2).html
        out += """
            <dl class="summary-list">
            <dt>Header rows</dt><dd>\(report.headerRows.grouped)</dd>
            <dt>Episode rows</dt><dd>\(report.episodeRows.grouped)</dd>
            <dt>Children created or changed</dt><dd>\(report.childrenAffected.grouped)</dd>
            <dt>Their episodes after cleaning</dt><dd>\(report.episodesAfterCleaning.grouped)</dd>
            </dl>

            """
        let applied = CleaningRule.allCases.compactMap { rule in report.rulesApplied[rule].map { [rule.label, $0.grouped] } }
        out += applied.isEmpty ? "<p>No cleaning rules were needed.</p>\n"
            : HTMLTable(caption: "Cleaning rules applied", head: ["Rule", "Times applied"], rows: applied).html
        if !report.warnings.isEmpty {
            out += "<h2>Warnings</h2>\n<p>Imported, but worth a look:</p>\n<ul>\n"
                + report.warnings.map { "<li>\(escape($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
        }
        return out
    }

    static func register(_ saved: CostsImport.Saved) -> String {
        var out = "<p>Authority \(escape(saved.authority)): \(saved.placements.grouped) placements "
            + "(\(saved.entries.grouped) prices) saved as its costs register.</p>\n"
        guard let year = saved.year else { return out }
        guard !saved.exceptions.isEmpty else {
            return out + "<p>Every \(year.label) cost matches an SSDA903 placement, and every placement has a cost.</p>\n"
        }
        let shown = Array(saved.exceptions.prefix(DataPage.exceptionsShown))
        out += DataPage.exceptionTable(.init(authority: saved.authority, year: year, exceptions: saved.exceptions), shown: shown)
        if shown.count < saved.exceptions.count {
            out += "<p class=\"hint\">The first \(shown.count) are shown; the budget monitor's data-quality download lists them all.</p>\n"
        }
        return out
    }

    static func budgets(_ saved: [BudgetImport.Saved]) -> String {
        HTMLTable(caption: "Budgets saved", head: ["Authority", "Year", "Lines", "Budgeted children", "Budget"],
                  rows: saved.map { [$0.authority, $0.year.label, $0.lines.grouped, $0.budgetedChildren.grouped, $0.total.formatted] },
                  firstColumnIsText: 2).html
    }
}
