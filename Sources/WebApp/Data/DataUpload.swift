import CareModel
import CouncilTasks
import Foundation

/// What the Data page's upload form asked for: the kind of file, the authority, the S251 "as at" date and
/// the files, with what is wrong with the form itself (the files' own problems come from the readers).
struct DataUpload {
    /// One thing wrong with the form, tied to the field to fix.
    struct Problem: Equatable {
        var field: String
        var message: String
    }

    var kind: Kind?
    /// As typed (trimmed); empty means "the files or the database say".
    var authority: String
    var asAtText: String
    var asAt: Day?
    var files: [SentFile]
    /// SSDA903 only: set aside rows that break a rule and import the rest.
    var setsAsideInvalid = false
    var problems: [Problem] = []

    init(kind: Kind? = .ssda903, authority: String = "", asAtText: String = "", files: [SentFile] = []) {
        self.kind = kind
        self.authority = authority
        self.asAtText = asAtText
        self.files = files
    }

    /// Reads and checks the posted form.
    init(form: FormFields) {
        self.init(
            kind: form["kind"].flatMap(Kind.init(rawValue:)),
            authority: (form["authority"] ?? "").trimmingCharacters(in: .whitespaces),
            asAtText: (form["as_at"] ?? "").trimmingCharacters(in: .whitespaces), files: form.files)
        setsAsideInvalid = form["set_aside_invalid"] == "yes"
        if kind == nil { problems.append(Problem(field: "kind", message: "Choose what the files hold")) }
        if !authority.isEmpty, !Self.isAuthorityCode(authority) {
            problems.append(Problem(field: "authority", message: "Enter the authority as its DfE code, like 879"))
        }
        if !asAtText.isEmpty {
            asAt = Day(iso: asAtText)
            if asAt == nil || kind != .costs {
                problems.append(
                    Problem(
                        field: "as_at",
                        message: kind == .costs
                            ? "Enter the date the costs are accrued to as a real date, like 2025-03-31"
                            : "Leave the accrued-to date empty: it is only for a costs register in the S251 layout"))
            }
        }
        if files.isEmpty {
            problems.append(Problem(field: "files", message: "Choose the files to upload"))
        } else if let kind, files.count > kind.mostFiles {
            problems.append(Problem(field: "files", message: kind.tooManyFiles))
        }
    }

    /// Letters and digits, as LA codes are ("879", "E10000002"); at most 12.
    static func isAuthorityCode(_ text: String) -> Bool {
        (1...12).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    func problem(for field: String) -> String? {
        problems.first { $0.field == field }?.message
    }
}
