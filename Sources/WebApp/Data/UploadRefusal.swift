import Interchange

/// The answer to an upload that was refused (422): a GOV.UK error summary listing every problem — with
/// the form, each linked to its field, or with the files, each as file, row, field and message — and the
/// form again. Nothing was saved.
struct UploadRefusal {
    var upload: DataUpload
    /// The files' problems, in file and row order, as the readers found them.
    var fileProblems: [FileProblem] = []
    var csrfToken: String

    var page: HTMLPage {
        HTMLPage(title: "Error: Data", body: summary + "<h1>Data</h1>\n<h2>Upload files</h2>\n" + upload.form(csrfToken: csrfToken),
                 status: .unprocessableContent)
    }

    var summary: String {
        var out = "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>\n<h2>There is a problem</h2>\n"
        if !upload.problems.isEmpty {
            out += "<ul>\n" + upload.problems.map { "<li><a href=\"#\($0.field)\">\(escape($0.message))</a></li>" }
                .joined(separator: "\n") + "\n</ul>\n"
        }
        if !fileProblems.isEmpty {
            let n = fileProblems.count
            out += "<p>\(n.grouped) problem\(n == 1 ? "" : "s") found in the files. Nothing was imported; the data is "
                + "unchanged. Fix every problem below and upload the files again.</p>\n" + problemTable
        }
        return out + "</div>\n"
    }

    /// Every problem: rows are numbered as a spreadsheet numbers them (row 1 holds the column names).
    var problemTable: String {
        var out = "<table>\n<caption>Problems in the files</caption>\n<thead><tr><th scope=\"col\">File</th>"
            + "<th scope=\"col\" class=\"numeric\">Row</th><th scope=\"col\">Field</th><th scope=\"col\">What is wrong</th></tr></thead>\n<tbody>\n"
        for problem in fileProblems {
            out += "<tr><td>\(escape(problem.file))</td><td class=\"numeric\">\(problem.row.map(String.init) ?? "–")</td>"
                + "<td>\(escape(problem.field ?? "–"))</td><td>\(escape(problem.message))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
