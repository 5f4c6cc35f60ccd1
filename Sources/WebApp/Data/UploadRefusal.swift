import Hummingbird
import Interchange

/// The answer to an upload that was refused (422, or 403 for a kind the account may not send): a GOV.UK error
/// summary listing every problem — with the form, each linked to its field, or with the files, each as file,
/// row, field and message — and the form again. Nothing was saved.
struct UploadRefusal {
    var upload: DataUpload
    /// The files' problems, in file and row order, as the readers found them.
    var fileProblems: [FileProblem] = []
    var csrfToken: String
    var status: HTTPResponse.Status = .unprocessableContent

    /// The most problems the page lists: a broken 10 MB file once gave a 61 MB page of 388,000 problems.
    /// The rest are counted, and the first are enough to see what is wrong (the command line lists all).
    static let problemsShown = 200

    var page: HTMLPage {
        HTMLPage(
            title: "Error: Data",
            body: .group([summary, .h1("Data"), .h2("Upload files"), upload.form(csrfToken: csrfToken)]),
            status: status)
    }

    /// GOV.UK's error summary: the form's problems, each linked to its field, then the files' problems as
    /// a sentence and a table.
    var summary: Node {
        ErrorSummary(problems: upload.problems.map { (field: $0.field, message: $0.message) }, more: filesProblems)
            .node
    }

    /// The files' problems, when there are some: how many, and the first of them.
    var filesProblems: Node {
        let n = fileProblems.count
        guard n > 0 else { return .empty }
        return .group([
            .p(
                .text(
                    "\(n.grouped) problem\(n == 1 ? "" : "s") found in the files. Nothing was imported; the data is "
                        + "unchanged. Fix every problem below and upload the files again.")),
            .if(
                n > Self.problemsShown,
                .p(
                    .text(
                        "The first \(Self.problemsShown) are listed; \((n - Self.problemsShown).grouped) more are "
                            + "not. hearth import on the command line lists every one."))),
            setAsideHint,
            problemTable,
        ])
    }

    /// When some problems are single rows of a return: that they could be set aside instead.
    var setAsideHint: Node {
        let rows = fileProblems.filter(\.canBeSetAside).count
        guard rows > 0, !upload.setsAsideInvalid else { return .empty }
        let whole = rows < fileProblems.count ? ", once the problems with whole files are fixed" : ""
        return .p(
            .text(
                "Returns already sent to the DfE cannot always be corrected: to import everything valid and set "
                    + "the \(rows.grouped) invalid row\(rows == 1 ? "" : "s") aside for correction\(whole), tick "
                    + "“Set aside rows with errors” and upload again."))
    }

    /// The problems (the first `problemsShown`): rows are numbered as a spreadsheet numbers them (row 1 holds the column names).
    var problemTable: Node {
        .tableRegion("Problems in the files", problemRows)
    }

    var problemRows: Node {
        .table(
            .caption("Problems in the files"),
            .thead(
                .tr(
                    .th(.scope("col"), "File"), .th(.scope("col"), .class("numeric"), "Row"),
                    .th(.scope("col"), "Field"),
                    .th(.scope("col"), "What is wrong"))),
            .tbody(
                .forEach(fileProblems.prefix(Self.problemsShown)) { problem in
                    .tr(
                        .td(.text(problem.file)), .td(.class("numeric"), .text(problem.row.map(String.init) ?? "–")),
                        .td(.text(problem.field ?? "–")), .td(.text(problem.message)))
                }))
    }
}
