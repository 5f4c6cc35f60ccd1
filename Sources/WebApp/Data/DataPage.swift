import CareModel
import CouncilTasks
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
    /// The latest "import" and "import-refused" entries of the audit log, newest first: a council wants to
    /// see the attempts that failed as well as the imports that went in.
    var history: [AuditEntry]
    var latestRun: ImportRun?
    var registers: [RegisterExceptions]
    /// The first `setAsideShown` rows set aside, and how many there are.
    var setAside: [SetAsideRow] = []
    var setAsideCount = 0
    /// The latest imports as versions, for the administrator's Undo buttons (empty for other roles).
    var versions: [ImportVersion] = []

    static let versionsShown = 20

    static let setAsideShown = 200

    /// Reads the history, the latest import run and every authority's register exceptions.
    static func load(
        store: HearthStore, upload: DataUpload?, csrfToken: String,
        registers: [RegisterExceptions], mayUndo: Bool = false
    ) async throws -> DataPage {
        var page = DataPage(
            upload: upload, csrfToken: csrfToken,
            history: try await store.audit.latest(historyShown, actions: [.import, .importRefused]),
            latestRun: try await store.careRecords.importRuns().last, registers: registers,
            setAside: try await store.careRecords.setAsideRows(limit: setAsideShown),
            setAsideCount: try await store.careRecords.setAsideCount())
        if mayUndo { page.versions = try await store.imports.versions(limit: versionsShown) }
        return page
    }

    /// Every authority's register checked against its returns, for the latest year its prices cover.
    static func registerExceptions(store: HearthStore) async throws -> [RegisterExceptions] {
        var registers: [RegisterExceptions] = []
        for authority in try await store.careRecords.authorities() {
            let costs = try await store.budget.costs(authority: authority)
            let (year, exceptions) = try await CostsImport.exceptions(store: store, authority: authority, costs: costs)
            if let year {
                registers.append(RegisterExceptions(authority: authority, year: year, exceptions: exceptions))
            }
        }
        return registers
    }

    var page: HTMLPage {
        HTMLPage(
            title: "Data",
            body: .group([
                .h1("Data"), introduction, historySection, versionsSection, setAsideSection, warningsSection,
                exceptionsSection,
            ]))
    }

    /// The lede, then the upload form for roles that may upload.
    var introduction: Node {
        guard let upload else { return .p(.class("lede"), "What has been imported, and what in it needs a look.") }
        return .group([
            .p(
                .class("lede"),
                .text(
                    "Bring in SSDA903 returns, the placement costs register or the budget. "
                        + "What you import shows on every page at once.")),
            .h2("Upload files"),
            upload.form(csrfToken: csrfToken),
        ])
    }

    var historySection: Node {
        guard !history.isEmpty else { return .group([.h2("Import history"), .p("Nothing has been imported yet.")]) }
        let caption =
            history.count < Self.historyShown
            ? "Imports and refused uploads, newest first"
            : "The latest \(history.count) imports and refused uploads, newest first"
        return .group([
            .h2("Import history"),
            HTMLTable(
                caption: caption, head: ["When", "Who", "What"],
                rows: history.map { [Self.time($0.time), $0.username, $0.detail] }, firstColumnIsText: 3
            ).node,
        ])
    }

    var warningsSection: Node {
        guard let run = latestRun, !run.report.warnings.isEmpty else { return .empty }
        return .group([
            .h2("Warnings from SSDA903 import \(run.id)"),
            .p("Imported, but worth a look (a return's year taken from its dates, a code outside its years, …):"),
            .ul(.forEach(run.report.warnings) { .li(.text($0)) }),
        ])
    }

    var exceptionsSection: Node {
        .group([
            .h2("Data-quality exceptions"),
            .if(registers.isEmpty, .p("No costs register has been imported yet.")),
            .forEach(registers) { registerSection($0) },
        ])
    }

    /// One register's exceptions (the first `exceptionsShown`), or a line saying it has none.
    func registerSection(_ register: RegisterExceptions) -> Node {
        let all = register.exceptions, shown = all.prefix(Self.exceptionsShown)
        guard !all.isEmpty else {
            return .p(
                .text(
                    "Authority \(register.authority), \(register.year.label): every cost matches an SSDA903 "
                        + "placement, and every placement has a cost."))
        }
        return .group([
            Self.exceptionTable(register, shown: Array(shown)),
            .if(
                all.count > shown.count,
                .p(
                    .class("hint"),
                    .text(
                        "The first \(shown.count) of \(all.count.grouped) are shown; the budget monitor's data-quality download "
                            + "lists them all."))),
        ])
    }

    static func exceptionTable(_ register: RegisterExceptions, shown: [RegisterException]) -> Node {
        let caption =
            "Authority \(register.authority), \(register.year.label): "
            + "\(register.exceptions.count.grouped) costs and placements that do not match"
        return .tableRegion(caption, exceptionRows(register, shown: shown, caption: caption))
    }

    static func exceptionRows(_ register: RegisterExceptions, shown: [RegisterException], caption: String) -> Node {
        .table(
            .caption(.text(caption)),
            .thead(
                .tr(
                    .th(.scope("col"), "Child"), .th(.scope("col"), "Placement start"),
                    .th(.scope("col"), "What is wrong"))),
            .tbody(
                .forEach(shown) { exception in
                    .tr(
                        .th(.scope("row"), childCell(exception)), .td(.text(exception.placementStart.long)),
                        .td(.text(exception.message)))
                }))
    }

    /// The child's ID, linking to their record; a child who is not in the returns has no record to link to.
    static func childCell(_ exception: RegisterException) -> Node {
        let id = Node.text(exception.child.child)
        return exception.problem == .childNotInReturn ? id : .a(.href(ChildrenPage.link(exception.child)), id)
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
