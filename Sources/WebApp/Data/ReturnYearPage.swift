import CareModel
import Foundation
import Interchange

/// Returns sent without a year in their names, read and checked, before anything is saved: which return each
/// file was taken as and why (its latest episode date), and a choice of another year, so a council uploading
/// `episodes.csv` from its case management system does not file it under the wrong year unawares.
struct ReturnYearPage {
    /// The files whose year was told from their dates, each with the year taken and the reader's reason.
    var guessed: [(file: ImportReport.SourceFile, why: String)]
    var uploadToken: String
    var csrfToken: String

    /// The upload's files whose names give no year (header, episodes, UASC or XML), with why each was taken as
    /// the year it was; empty when every file names its year.
    static func guessed(in report: ImportReport) -> [(file: ImportReport.SourceFile, why: String)] {
        report.files.filter { !SSDA903Reader.sentNameGivesYear($0.path) && $0.kind != "ignored (not SSDA903)" }
            .map { file in
                let why = report.warnings.first { $0.hasPrefix("\(file.path): no year") }
                return (file, why ?? "\(file.path): no year in its name, and no episode dates to tell it by.")
            }
    }

    var page: HTMLPage {
        UploadPreview.page(
            title: "Check the return year", fileName: files, tables: table, form: form)
    }

    var files: String {
        guessed.map(\.file.path).joined(separator: ", ")
    }

    var table: Node {
        HTMLTable(
            caption: "Files without a year in their names",
            head: ["File", "Taken as the return for", "Why"],
            rows: guessed.map {
                [$0.file.path, $0.file.returnYear.map { FinancialYear.ending($0).label } ?? "–", Self.reason($0.why)]
            },
            firstColumnIsText: 3
        ).node
    }

    /// The reader's note without the file's name before it or the advice to rename the file after it (this
    /// page is the way to choose another year): "the year of the Episodes file sent with it".
    static func reason(_ note: String) -> String {
        var text = Substring(note)
        if let taken = text.range(of: " return") { text = text[taken.upperBound...] }
        if let advice = text.range(of: ". Put the year") { text = text[..<advice.lowerBound] }
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,()"))
        return trimmed.isEmpty ? "No episode dates to tell it by" : trimmed.prefix(1).uppercased() + trimmed.dropFirst()
    }

    /// The years offered: five before the earliest year taken to one after the latest, within 2000–2099.
    var years: [Int] {
        let taken = guessed.compactMap(\.file.returnYear)
        let low = max(2000, (taken.min() ?? 2025) - 5), high = min(2099, (taken.max() ?? 2025) + 1)
        return Array((low...high).reversed())
    }

    var form: Node {
        let choices =
            [("", "As shown above (from each file's dates)")]
            + years.map { (String($0), "The \(FinancialYear.ending($0).label) return") }
        return UploadPreview.confirmForm(
            uploadToken: uploadToken, csrfToken: csrfToken,
            choices: .div(
                .class("form-group"),
                .label(.for("return-year"), "Which return are these files?"),
                .p(
                    .class("hint"), .id("return-year-hint"),
                    "A year chosen here applies to every file above; files that name their year keep it."),
                .select(
                    .id("return-year"), .name("return-year"), .ariaDescribedBy("return-year-hint"),
                    .forEach(choices) { .option(.value($0.0), .text($0.1)) })),
            button: "Import the returns")
    }
}
