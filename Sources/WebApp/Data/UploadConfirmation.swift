import CareModel
import CouncilTasks
import Storage

/// The page after a successful upload: what was imported and what it changed, with the register's
/// data-quality exceptions after a costs import, and links to the pages that now show it.
enum UploadConfirmation {
    case returns(SSDA903Import.Outcome)
    case costs([CostsImport.Saved])
    case budget([BudgetImport.Saved])
    /// Foster households, children's homes or recruitment events, confirmed after their preview.
    case supply(DataUpload.Kind, [SupplyImport.Saved])

    /// Pages to go on to, each shown only to roles the route × role matrix lets in.
    static let next: [(Route, String)] = [
        (.overview, "See the overview"), (.children, "See the children in care"),
        (.budget, "Open the budget monitor"), (.data, "Import more files"),
    ]

    func page(for role: Role?) -> HTMLPage {
        let (heading, body) = content
        let links = nextPages.filter { $0.0.allows(role) }
        return HTMLPage(
            title: heading,
            body: .group([
                .div(.class("confirmation"), .role("status"), .h1(.text(heading))),
                body,
                .h2("What next"),
                .ul(.forEach(links) { .li(.a(.href($0.0.path), .text($0.1))) }),
            ]))
    }

    /// Pages to go on to: after a supply register, first the page that shows it.
    var nextPages: [(Route, String)] {
        guard case .supply(let kind, _) = self else { return Self.next }
        let shown: (Route, String) =
            kind == .homes
            ? (.homes, "See the children's homes and block beds") : (.fostering, "See the fostering page")
        return [shown] + Self.next
    }

    /// The heading, and what was imported.
    var content: (String, Node) {
        switch self {
        case .returns(.imported(let id, let report)):
            ("Returns imported", Node.group([.p("Saved as import \(id)."), Self.report(report)]))
        case .returns(.unchanged(let report)):
            (
                "Nothing new to import",
                Node.group([
                    .p("Hearth already holds everything in these files: nothing was changed."), Self.report(report),
                ])
            )
        case .costs(let saved): ("Costs register imported", Node.forEach(saved) { Self.register($0) })
        case .budget(let saved): ("Budget imported", Self.budgets(saved))
        case .supply(let kind, let saved): ("\(kind.label) imported", Self.registers(kind, saved))
        }
    }

    /// The SSDA903 import report: files, rows, children and every cleaning rule applied.
    static func report(_ report: ImportReport) -> Node {
        let files = HTMLTable(
            caption: "Files read", head: ["File", "Kind", "Return year", "Rows"],
            rows: report.files.map { [$0.path, $0.kind, $0.returnYear.map(String.init) ?? "–", $0.rows.grouped] },
            firstColumnIsText: 2)
        let applied = CleaningRule.allCases.compactMap { rule in
            report.rulesApplied[rule].map { [rule.label, $0.grouped] }
        }
        return .group([
            files.node,
            .dl(
                .class("summary-list"),
                .dt("Header rows"), .dd(.text(report.headerRows.grouped)),
                .dt("Episode rows"), .dd(.text(report.episodeRows.grouped)),
                .dt("Children created or changed"), .dd(.text(report.childrenAffected.grouped)),
                .dt("Their episodes after cleaning"), .dd(.text(report.episodesAfterCleaning.grouped))),
            applied.isEmpty
                ? .p("No cleaning rules were needed.")
                : HTMLTable(caption: "Cleaning rules applied", head: ["Rule", "Times applied"], rows: applied).node,
            .if(
                !report.warnings.isEmpty,
                .group([
                    .h2("Warnings"),
                    .p("Imported, but worth a look:"),
                    .ul(.forEach(report.warnings) { .li(.text($0)) }),
                ])),
        ])
    }

    static func register(_ saved: CostsImport.Saved) -> Node {
        let summary = Node.p(
            .text(
                "Authority \(saved.authority): \(saved.placements.grouped) placements "
                    + "(\(saved.entries.grouped) prices) saved as its costs register."))
        guard let year = saved.year else { return summary }
        return .group([summary, exceptions(saved, year: year)])
    }

    /// The register checked against the returns for `year`: the exceptions (the first `exceptionsShown`), or
    /// that there are none.
    static func exceptions(_ saved: CostsImport.Saved, year: FinancialYear) -> Node {
        guard !saved.exceptions.isEmpty else {
            return .p("Every \(year.label) cost matches an SSDA903 placement, and every placement has a cost.")
        }
        let shown = Array(saved.exceptions.prefix(DataPage.exceptionsShown))
        return .group([
            DataPage.exceptionTable(
                .init(authority: saved.authority, year: year, exceptions: saved.exceptions), shown: shown),
            .if(
                shown.count < saved.exceptions.count,
                .p(
                    .class("hint"),
                    .text(
                        "The first \(shown.count) are shown; the budget monitor's data-quality download "
                            + "lists them all."))),
        ])
    }

    static func budgets(_ saved: [BudgetImport.Saved]) -> Node {
        HTMLTable(
            caption: "Budgets saved", head: ["Authority", "Year", "Lines", "Budgeted children", "Budget"],
            rows: saved.map {
                [$0.authority, $0.year.label, $0.lines.grouped, $0.budgetedChildren.grouped, $0.total.formatted]
            },
            firstColumnIsText: 2
        ).node
    }

    /// Each authority's register before and after, and that the import can be taken back.
    static func registers(_ kind: DataUpload.Kind, _ saved: [SupplyImport.Saved]) -> Node {
        let counted =
            switch kind {
            case .homes: "Homes and contracts"
            case .recruitment: "Events"
            default: "Households"
            }
        return .group([
            HTMLTable(
                caption: "\(kind.label) saved", head: ["Authority", "\(counted) before", "\(counted) now"],
                rows: saved.map { [$0.authority, $0.before.grouped, $0.after.grouped] }
            ).node,
            .p(.text("Each authority's register was replaced as one import, which an administrator can undo.")),
        ])
    }
}
